package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.rasid.fuzz.NastyText;

/** Tokens of hostile text are ordered, disjoint, inside the text and cover every word char. */
class ArabicTokenizerFuzzTest {
    @Provide
    Arbitrary<String> nasty() {
        return NastyText.text(60);
    }

    @Property
    void tokensAreOrderedDisjointAndCoverEveryWordChar(@ForAll("nasty") String original) {
        NormalizedText n = ArabicNormalizer.normalize(original);
        check(n.text(), 0, n.length(), ArabicTokenizer.tokenize(n.text()));
        for (Token t : ArabicTokenizer.tokenize(n.text())) {
            Span s = n.toOriginal(t.start(), t.end());
            assertTrue(s.end() <= original.length() && s.start() < s.end());
        }
    }

    @Property
    void aRangeYieldsOnlyTokensInsideIt(@ForAll("nasty") String raw, @ForAll @IntRange(max = 5000) int a,
                                        @ForAll @IntRange(max = 5000) int b) {
        String text = ArabicNormalizer.normalize(raw).text();
        int from = Math.min(a, b) % (text.length() + 1);
        int to = from + Math.abs(a - b) % (text.length() - from + 1);
        check(text, from, to, ArabicTokenizer.tokenize(text, from, to));
    }

    @Property
    void theWholeTextsArrayHoldsTheSameTokensAsTheList(@ForAll("nasty") String raw) {
        String text = ArabicNormalizer.normalize(raw).text();
        List<Token> list = ArabicTokenizer.tokenize(text);
        Token[] array = ArabicTokenizer.tokenArray(text);
        assertEquals(list.size(), array.length);
        for (int i = 0; i < array.length; i++) {
            assertEquals(list.get(i).start(), array[i].start());
            assertEquals(list.get(i).end(), array[i].end());
            assertEquals(list.get(i).text(), array[i].text());
        }
    }

    @Property
    void rawUnnormalisedTextIsTokenisedSafelyToo(@ForAll("nasty") String raw) {
        check(raw, 0, raw.length(), ArabicTokenizer.tokenize(raw));
    }

    private static void check(String text, int from, int to, List<Token> tokens) {
        int prev = from;
        boolean[] covered = new boolean[text.length()];
        for (Token t : tokens) {
            assertTrue(t.start() >= prev && t.start() < t.end() && t.end() <= to, t + " in [" + from + "," + to + ")");
            assertEquals(text.substring(t.start(), t.end()), t.text());
            for (int i = t.start(); i < t.end(); i++) {
                assertTrue(ArabicTokenizer.isWordChar(text.charAt(i)));
                covered[i] = true;
            }
            prev = t.end();
        }
        for (int i = from; i < to; i++) {
            assertEquals(ArabicTokenizer.isWordChar(text.charAt(i)), covered[i], "word char not in a token at " + i);
        }
    }
}
