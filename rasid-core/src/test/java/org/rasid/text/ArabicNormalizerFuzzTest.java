package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.rasid.fuzz.NastyText;

/** Properties of the offset map on hostile text: it never points outside the original. */
class ArabicNormalizerFuzzTest {
    @Provide
    Arbitrary<String> nasty() {
        return NastyText.text(60);
    }

    @Property
    void everyNormalisedCharMapsInsideTheOriginalInOrder(@ForAll("nasty") String original) {
        checkMap(original);
    }

    @Property
    void arbitraryRangesMapInsideTheOriginal(@ForAll("nasty") String original,
                                             @ForAll @IntRange(min = 0, max = 10_000) int a,
                                             @ForAll @IntRange(min = 0, max = 10_000) int b) {
        NormalizedText n = ArabicNormalizer.normalize(original);
        int s = Math.min(a, b) % (n.length() + 1);
        int e = s + (Math.max(a, b) - Math.min(a, b)) % (n.length() - s + 1);
        Span span = n.toOriginal(s, e);
        assertTrue(span.start() >= 0 && span.end() <= original.length() && span.start() <= span.end());
        int back = n.fromOriginal(Math.min(a, original.length()));
        assertTrue(back >= 0 && back <= n.length(), "fromOriginal out of range: " + back);
    }

    @Property
    void invisibleMarksInsideAWordDoNotChangeItsNormalForm(@ForAll("word") String word, @ForAll long seed) {
        String sprinkled = NastyText.sprinkle(word, seed);
        NormalizedText n = ArabicNormalizer.normalize(sprinkled);
        assertEquals(ArabicNormalizer.normalize(word).text(), n.text(), () -> escape(sprinkled));
        // The whole normalised word maps back to the whole sprinkled word, marks included.
        assertEquals(new Span(0, sprinkled.length()), n.toOriginal(0, n.length()));
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll("nasty") String original) {
        String once = ArabicNormalizer.normalize(original).text();
        assertEquals(once, ArabicNormalizer.normalize(once).text(), () -> escape(original));
    }

    @Provide
    Arbitrary<String> word() {
        return NastyText.seedWord().filter(w -> w.matches("[\\u0621-\\u063A\\u0641-\\u064A]{2,}"));
    }

    @Example
    void corpusInputsKeepTheMapInside() {
        for (String text : NastyText.corpusTexts("text")) {
            checkMap(text);
            String once = ArabicNormalizer.normalize(text).text();
            assertEquals(once, ArabicNormalizer.normalize(once).text(), () -> escape(text));
        }
    }

    static void checkMap(String original) {
        NormalizedText n = ArabicNormalizer.normalize(original);
        assertEquals(original, n.original());
        int prevStart = 0;
        int prevEnd = 0;
        for (int i = 0; i < n.length(); i++) {
            Span s = n.toOriginal(i, i + 1);
            assertTrue(s.start() < s.end() && s.end() <= original.length(), "char " + i + " maps to " + s);
            assertTrue(s.start() >= prevStart && s.end() >= prevEnd, "map goes backwards at " + i);
            assertFalse(splitsSurrogatePair(original, s.start()) || splitsSurrogatePair(original, s.end()),
                    () -> "span " + s + " cuts a surrogate pair in " + escape(original));
            char c = n.text().charAt(i);
            assertFalse(Character.isSurrogate(c), () -> "surrogate left in normalised text of " + escape(original));
            assertFalse(c == '\u0640' || Character.getType(c) == Character.FORMAT,
                    () -> "tatweel/format char left in normalised text of " + escape(original));
            prevStart = s.start();
            prevEnd = s.end();
        }
        for (int off = 0; off <= original.length(); off++) {
            int k = n.fromOriginal(off);
            assertTrue(k >= 0 && k <= n.length());
            if (k < n.length()) {
                assertTrue(n.toOriginal(k, k + 1).start() >= off, "fromOriginal(" + off + ") = " + k);
            }
        }
    }

    static boolean splitsSurrogatePair(String s, int at) {
        return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
                && Character.isLowSurrogate(s.charAt(at));
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }
}
