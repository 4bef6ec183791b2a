package org.rasid.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.text.ArabicNormalizer;

class CueLexiconTest {
    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        System.clearProperty("rasid.data");
    }

    private void write(String body) throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), "#cue\tkind\n" + body, StandardCharsets.UTF_8);
        System.setProperty("rasid.data", dir.toString());
    }

    @Test
    void findsCuesOfEachKindInRealText() throws IOException {
        write("نفى\tnegated\nتستعد\tplanned\n# a comment\n\nفي حال\tconditional\n");
        CueLexicon lexicon = CueLexicon.load("cues.tsv", Set.of("negated", "planned", "conditional"));
        String text = ArabicNormalizer.normalize("ونفى المتحدث أن قوات النظام تستعد لدخول المدينة").text();
        List<String> kinds = lexicon.matcher().find(text).stream().map(m -> m.values().get(0)).toList();
        assertEquals(List.of("negated", "planned"), kinds);
        assertTrue(lexicon.phrases("conditional").contains("في حال"));
    }

    @Test
    void anUnknownKindNamesFileAndLine() throws IOException {
        write("نفى\tnegated\nتستعد\tplaned\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CueLexicon.load("cues.tsv", Set.of("negated", "planned")));
        assertTrue(e.getMessage().startsWith("cues.tsv:3:"), e.getMessage());
    }
}
