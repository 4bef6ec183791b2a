package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.clean.BoilerplateCleaner;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;

class TextKeyTest {
    private static long key(String... words) {
        TextKey k = new TextKey();
        for (String w : words) {
            k.add(wordHash(w));
        }
        return k.hash();
    }

    /** The key of a string's words: the words joined by single spaces decide the key. */
    private static long joined(String text) {
        return text.isEmpty() ? key() : key(text.split(" "));
    }

    @Test
    void theSameWordsInTheSameOrderAreTheSameKey() {
        assertEquals(joined("قصف الطيران الحربي مدينه ادلب"), key("قصف", "الطيران", "الحربي", "مدينه", "ادلب"));
        // where the spaces fall matters, not only the letters; so does the order and the count
        assertNotEquals(key("قصف", "الطيران"), key("قصفال", "طيران"));
        assertNotEquals(key("قصف", "الطيران"), key("الطيران", "قصف"));
        assertNotEquals(key("قصف"), key("قصف", "قصف"));
        assertNotEquals(key(), key("قصف"));
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
        assertEquals(joined("قصف الطيران الحربي مدينه ادلب صباح اليوم"), pa.keyHash());
        assertEquals(joined("وقتل خمسه مدنيين في الغارات"), pb.keyHash());
        Shingler.Shingles both = Shingler.union(List.of(pa, pb), story);
        assertEquals(joined("قصف الطيران الحربي مدينه ادلب صباح اليوم وقتل خمسه مدنيين في الغارات"), both.keyHash());
        assertEquals(12, both.words());
        // the same words as one paragraph: the same key, so the exact repeat is found across the layouts
        String one = a + " " + b;
        assertEquals(both.keyHash(), Shingler.of(ArabicNormalizer.normalize(one), new Span(0, one.length())).keyHash());
    }

    @Test
    void addingToTwoKeysAtOnceIsAddingToEach() {
        TextKey paragraph = new TextKey();
        TextKey story = new TextKey();
        story.add(wordHash("قبل"));
        for (String w : List.of("قصف", "الطيران", "ادلب")) {
            paragraph.add(wordHash(w), story);
        }
        assertEquals(key("قصف", "الطيران", "ادلب"), paragraph.hash());
        assertEquals(key("قبل", "قصف", "الطيران", "ادلب"), story.hash());
    }

    /**
     * On every paragraph and line of the seeds, two keys are equal exactly when the words joined by
     * spaces are (the key the index used before was the hash of that string).
     */
    @Test
    void keysAgreeWithTheJoinedWordsOnTheSeeds() {
        Map<String, Long> byWords = new HashMap<>();
        Map<Long, String> byKey = new HashMap<>();
        for (Path p : Seeds.files()) {
            String text = Seeds.text(p.getFileName().toString().substring(0, 3));
            NormalizedText doc = ArabicNormalizer.normalize(text);
            for (Span line : BoilerplateCleaner.lines(text)) {
                int from = doc.fromOriginal(line.start());
                int to = doc.fromOriginal(line.end());
                StringBuilder words = new StringBuilder();
                for (Token t : doc.tokens(from, Math.max(from, to))) {
                    words.append(words.length() == 0 ? "" : " ").append(t.text());
                }
                long k = Shingler.of(doc, line).keyHash();
                String w = words.toString();
                Long had = byWords.putIfAbsent(w, k);
                assertTrue(had == null || had == k, w);
                String other = byKey.putIfAbsent(k, w);
                assertTrue(other == null || other.equals(w), w + " | " + other);
            }
        }
        assertTrue(byWords.size() > 100, "" + byWords.size());
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
