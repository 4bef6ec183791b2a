package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasid.fuzz.NastyText;

/**
 * The matcher on hostile text: matches are ordered, disjoint, inside the text; and a lexicon
 * phrase planted in noise (with clitics and invisible marks in it) is always found, its original
 * span exactly covering the planted words.
 */
class PhraseMatcherFuzzTest {
    @Provide
    Arbitrary<List<String>> lexicon() {
        return phrase().list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> phrase() {
        return NastyText.seedWord().filter(w -> w.matches("[\\u0621-\\u063A\\u0641-\\u064A]{2,}"))
                .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> nasty() {
        return NastyText.text(80);
    }

    @Property
    void matchesAreOrderedDisjointAndInside(@ForAll("lexicon") List<String> phrases, @ForAll("nasty") String original,
                                            @ForAll boolean pronouns) {
        PhraseMatcher<String> m = new PhraseMatcher<>(pronouns);
        phrases.forEach(p -> m.add(p, p));
        // The text also carries some lexicon phrases so that matches happen.
        String text = original + " " + String.join(" و", phrases.subList(0, Math.min(3, phrases.size())));
        NormalizedText n = ArabicNormalizer.normalize(text);
        List<Token> tokens = ArabicTokenizer.tokenize(n.text());
        List<PhraseMatcher.Match<String>> found = m.find(n.text(), tokens);
        int prevToken = 0;
        for (PhraseMatcher.Match<String> x : found) {
            assertTrue(x.tokenStart() >= prevToken && x.tokenEnd() > x.tokenStart() && x.tokenEnd() <= tokens.size());
            assertTrue(x.start() >= tokens.get(x.tokenStart()).start() && x.start() < x.end()
                    && x.end() == tokens.get(x.tokenEnd() - 1).end());
            assertFalse(x.values().isEmpty());
            Span s = n.toOriginal(x.start(), x.end());
            assertTrue(s.end() <= text.length() && s.start() < s.end());
            prevToken = x.tokenEnd();
        }
        assertFalse(found.isEmpty(), "planted phrases not found");
    }

    @Property
    void aPlantedPhraseIsFoundThroughCliticsAndInvisibleMarks(@ForAll("phrase") String phrase,
            @ForAll("clitic") String clitic, @ForAll long seed, @ForAll boolean pronouns) {
        PhraseMatcher<String> m = new PhraseMatcher<>(pronouns);
        m.add(phrase, "planted");
        String planted = NastyText.sprinkle(clitic + phrase, seed);
        String left = "report \u200F«";
        String text = left + planted + "» \u202Bend\u202C";
        NormalizedText n = ArabicNormalizer.normalize(text);
        List<PhraseMatcher.Match<String>> found = m.find(n.text());
        assertEquals(1, found.size(), () -> "found " + found + " in " + ArabicNormalizerFuzzTest.escape(text));
        Span s = n.toOriginal(found.get(0).start(), found.get(0).end());
        int plantStart = left.length();
        int plantEnd = plantStart + planted.length();
        assertEquals(plantEnd, s.end(), "match must end at the planted phrase's end");
        assertTrue(s.start() >= plantStart && s.start() <= plantStart + 2 * clitic.length() + 2,
                () -> "match starts at " + s + ", phrase at " + plantStart);
        assertEquals(ArabicNormalizer.normalizeTerm(phrase), ArabicNormalizer.normalizeTerm(s.of(text)),
                () -> "span " + s + " of " + ArabicNormalizerFuzzTest.escape(text));
    }

    @Property
    void anyPhraseIsFoundInItsOwnTextAndByExactLookup(@ForAll("nasty") String phrase, @ForAll boolean pronouns) {
        PhraseMatcher<String> m = new PhraseMatcher<>(pronouns);
        m.add(phrase, "p");
        String norm = ArabicNormalizer.normalizeTerm(phrase);
        List<Token> words = ArabicTokenizer.tokenize(norm);
        if (words.isEmpty()) {
            assertEquals(0, m.size());
            return;
        }
        assertEquals(List.of("p"), m.exact(phrase));
        NormalizedText n = ArabicNormalizer.normalize(phrase);
        List<Token> tokens = ArabicTokenizer.tokenize(n.text());
        List<PhraseMatcher.Match<String>> found = m.find(n.text(), tokens);
        assertFalse(found.isEmpty(), () -> "phrase not found in itself: " + ArabicNormalizerFuzzTest.escape(phrase));
        assertEquals(0, found.get(0).tokenStart());
        assertEquals(tokens.size(), found.get(0).tokenEnd());
    }

    @Provide
    Arbitrary<String> clitic() {
        return Arbitraries.of("", "", "و", "ف", "ب", "ل", "وب", "ول");
    }
}
