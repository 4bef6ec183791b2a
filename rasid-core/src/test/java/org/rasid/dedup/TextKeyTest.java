package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class TextKeyTest {
    /** The key as it was computed before: the words joined into a string, then hashed. */
    private static long joinedHash(String joined) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < joined.length(); i++) {
            h ^= joined.charAt(i);
            h *= 0x100000001b3L;
        }
        return Mix.fmix64(h) ^ Long.rotateLeft(Mix.fmix64(joined.length()), 17);
    }

    private static long key(String... words) {
        TextKey k = new TextKey();
        for (String w : words) {
            k.add(w);
        }
        return k.hash();
    }

    @Test
    void hashesAsTheJoinedWordsWould() {
        assertEquals(joinedHash(""), key());
        assertEquals(joinedHash("قصف"), key("قصف"));
        assertEquals(joinedHash("قصف الطيران الحربي مدينه ادلب"), key("قصف", "الطيران", "الحربي", "مدينه", "ادلب"));
        // where the spaces fall matters, not only the letters
        assertNotEquals(key("قصف", "الطيران"), key("قصفال", "طيران"));
    }

    @Test
    void aStoryKeyIsItsParagraphsJoined() {
        String a = "قصف الطيران الحربي مدينة إدلب صباح اليوم";
        String b = "وقتل خمسة مدنيين في الغارات";
        String text = a + "\n\n" + b;
        NormalizedText doc = ArabicNormalizer.normalize(text);
        TextKey story = new TextKey();
        Shingler.Shingles pa = Shingler.of(doc, new Span(0, a.length()), story);
        Shingler.Shingles pb = Shingler.of(doc, new Span(a.length() + 2, text.length()), story);
        assertEquals(joinedHash("قصف الطيران الحربي مدينه ادلب صباح اليوم"), pa.keyHash());
        assertEquals(joinedHash("وقتل خمسه مدنيين في الغارات"), pb.keyHash());
        Shingler.Shingles both = Shingler.union(List.of(pa, pb), story);
        assertEquals(joinedHash("قصف الطيران الحربي مدينه ادلب صباح اليوم وقتل خمسه مدنيين في الغارات"), both.keyHash());
        assertEquals(12, both.words());
        // the same words as one paragraph: the same key, so the exact repeat is found across the layouts
        String one = a + " " + b;
        assertEquals(both.keyHash(), Shingler.of(ArabicNormalizer.normalize(one), new Span(0, one.length())).keyHash());
    }

    @Test
    void addingToTwoKeysAtOnceIsAddingToEach() {
        TextKey paragraph = new TextKey();
        TextKey story = new TextKey();
        story.add("قبل");
        for (String w : List.of("قصف", "الطيران", "ادلب")) {
            paragraph.add(w, story);
        }
        assertEquals(key("قصف", "الطيران", "ادلب"), paragraph.hash());
        assertEquals(key("قبل", "قصف", "الطيران", "ادلب"), story.hash());
    }

    /** A word's shingle hash as it was computed before words kept theirs: FNV-1a over its chars, mixed. */
    private static long wordHash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * 0x100000001b3L;
        }
        return Mix.fmix64(h);
    }

    @Test
    void shinglesHashTheWordsAsTheirCharsWould() {
        String text = "قصف الطيران الحربي مدينه ادلب";
        String[] w = text.split(" ");
        long[] expected = new long[w.length - Shingler.K + 1];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Mix.fmix64(wordHash(w[i]) ^ Long.rotateLeft(wordHash(w[i + 1]), 21)
                    ^ Long.rotateLeft(wordHash(w[i + 2]), 42));
        }
        java.util.Arrays.sort(expected);
        Shingler.Shingles s = Shingler.of(ArabicNormalizer.normalize(text), new Span(0, text.length()));
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, s.hashes());
    }
}
