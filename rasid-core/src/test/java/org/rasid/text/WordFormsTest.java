package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;

/** The form hashes cover every stem the clitic splitter reads, on every word of the seeds. */
class WordFormsTest {
    @Test
    void formsCoverEveryReadingOfEverySeedWord() throws IOException {
        Set<String> words = new HashSet<>(Set.of("للنظام", "وللانسحاب", "بريفها", "والقوات", "فلهم", "كالذي"));
        for (Path seed : Seeds.files()) {
            NormalizedText n = ArabicNormalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8));
            for (Token t : n.tokens(0, n.length())) {
                words.add(t.text());
            }
        }
        for (String w : words) {
            WordForms f = WordForms.of(w);
            Set<Integer> stems = new HashSet<>();
            for (int h : f.stems) {
                stems.add(h);
            }
            Set<Integer> pronounless = new HashSet<>();
            for (int h : f.pronounless) {
                pronounless.add(h);
            }
            for (CliticSplitter.Reading r : CliticSplitter.readings(w, false)) {
                assertTrue(stems.contains(r.stem().hashCode()), w + " -> " + r);
                for (CliticSplitter.Reading s : CliticSplitter.readings(r.stem(), true)) {
                    if (s.suffixLength() > 0 && s.prefixLength() == 0 && !s.hadArticle()) {
                        assertTrue(pronounless.contains(s.stem().hashCode()), w + " -> " + r + " -> " + s);
                    }
                }
            }
        }
    }
}
