package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.lexicon.DataFile;
import org.rasid.testing.RealTexts;

/** The per-word memo of the matcher skips only words where the full trie walk finds nothing. */
class PhraseMatcherGateTest {
    private static PhraseMatcher<String> load(String file, String column, boolean pronounSuffixes) {
        PhraseMatcher<String> m = new PhraseMatcher<>(pronounSuffixes);
        for (DataFile.Row row : DataFile.readTsv(file)) {
            for (String phrase : row.list(column)) {
                m.add(phrase, phrase);
            }
        }
        return m;
    }

    @Test
    void gatedEqualsFullWalkOnRealText() {
        List<PhraseMatcher<String>> matchers = List.of(load("triggers.tsv", "phrase", true),
                load("event_cues.tsv", "cue", false), load("genre_cues.tsv", "cue", false));
        int found = 0;
        for (RealTexts.Text t : RealTexts.all()) {
            String normalized = ArabicNormalizer.normalize(t.text()).text();
            List<Token> tokens = ArabicTokenizer.tokenize(normalized);
            for (PhraseMatcher<String> m : matchers) {
                List<PhraseMatcher.Match<String>> expected = m.withoutGate().find(normalized, tokens);
                assertEquals(expected, m.find(normalized, tokens), t.id());
                found += expected.size();
            }
        }
        assertTrue(found > 10_000, found + " matches");
    }

    @Test
    void aPhraseAddedAfterAScanIsFound() {
        PhraseMatcher<String> m = new PhraseMatcher<>(false);
        m.add("قصف", "x");
        assertTrue(m.find("وقال المرصد").isEmpty());
        m.add("قال المرصد", "y");
        assertEquals(1, m.find("وقال المرصد").size());
    }

    @Test
    void pronounReadingsOfTheFirstWordPassTheGate() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("اعتقال", "arrest");
        String text = ArabicNormalizer.normalize("وتم اعتقالهم أمس").text();
        assertEquals(m.withoutGate().find(text), m.find(text));
        assertEquals(1, m.find(text).size());
    }
}
