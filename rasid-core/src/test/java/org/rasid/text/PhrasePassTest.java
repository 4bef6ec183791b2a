package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasePassTest {
    private static PhraseMatcher<String> cues() {
        PhraseMatcher<String> m = new PhraseMatcher<>(false);
        m.add("لم", "negated");
        m.add("غارات على", "target");
        m.add("من قبل", "agent");
        return m;
    }

    private static PhraseMatcher<String> triggers() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("غارات", "airstrike");
        m.add("قصف", "shelling");
        m.add("شن غارات", "airstrike-campaign");
        return m;
    }

    private static List<String> shown(List<PhraseMatcher.Match<String>> ms, NormalizedText n) {
        return ms.stream().map(m -> m.values().get(0) + "=" + n.toOriginal(m.start(), m.end()).of(n.original()))
                .toList();
    }

    @Test
    void eachLexiconKeepsItsOwnLeftmostLongestMatches() {
        // the cue "غارات على" and the trigger "غارات" share a word: each lexicon takes it for itself
        NormalizedText n = ArabicNormalizer.normalize("لم تشن الطائرات غارات على ريف المدينة وقصفها من قبل");
        List<Token> tokens = ArabicTokenizer.tokenize(n.text());
        PhrasePass.Found<String, String> found = new PhrasePass<>(cues(), triggers()).find(tokens);
        assertEquals(List.of("negated=لم", "target=غارات على", "agent=من قبل"), shown(found.first(), n));
        assertEquals(List.of("airstrike=غارات", "shelling=قصفها"), shown(found.second(), n));
    }

    @Test
    void findsWhatTwoSeparateScansFind() {
        PhraseMatcher<String> a = cues();
        PhraseMatcher<String> b = triggers();
        PhrasePass<String, String> pass = new PhrasePass<>(a, b);
        for (String s : List.of("شن غارات على القرية لم تتوقف", "غارات غارات على على", "وبغارات على من قبل شن",
                "قصف شن غارات لم", "")) {
            String text = ArabicNormalizer.normalize(s).text();
            List<Token> tokens = ArabicTokenizer.tokenize(text);
            PhrasePass.Found<String, String> found = pass.find(tokens);
            assertEquals(a.find(text, tokens), found.first(), s);
            assertEquals(b.find(text, tokens), found.second(), s);
        }
    }
}
