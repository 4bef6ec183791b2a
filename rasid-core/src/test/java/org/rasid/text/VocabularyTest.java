package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A word found by its chars in the thread's cache is the shared word of that spelling. */
class VocabularyTest {
    @Test
    void aWordReadFromTheTextIsTheSharedWord() {
        String text = "قصف الطيران الروسي بلدة خان شيخون وقصف الطيران";
        // a cache of its own: another test may have filled the shared map (cleared when full) since
        // this thread's cache took its words
        Vocabulary.Recent recent = new Vocabulary.Recent();
        Word first = Vocabulary.word(recent, text, 4, 11);
        assertEquals("الطيران", first.text());
        assertSame(Vocabulary.word("الطيران"), first);
        assertSame(first, Vocabulary.word(recent, text, text.lastIndexOf("الطيران"), text.length()));
    }

    @Test
    void wordsSharingACacheSlotAreNeverConfused() {
        Vocabulary.Recent recent = new Vocabulary.Recent();
        // fill every slot, then read each word back: a slot's occupant answers only for its own chars
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * recent.words.length; i++) {
            text.append("ق").append(i).append(' ');
        }
        String s = text.toString();
        int from = 0;
        for (int round = 0; round < 2; round++) {
            from = 0;
            while (from < s.length()) {
                int to = s.indexOf(' ', from);
                assertEquals(s.substring(from, to), Vocabulary.word(recent, s, from, to).text());
                from = to + 1;
            }
        }
    }

    @Test
    void wordsOfOneLengthInOnePairOfSlotsAreToldApartByTheirChars() {
        // with no hash read before the spelling, a slot of the same length must be read to its last char:
        // three words of one length and one pair of slots, found among "قصف0000" … "قصف9999"
        java.util.Map<Integer, java.util.List<String>> byPair = new java.util.HashMap<>();
        java.util.List<String> same = null;
        for (int i = 0; same == null && i < 10_000; i++) {
            String w = "قصف" + String.format("%04d", i);
            java.util.List<String> words = byPair.computeIfAbsent(Vocabulary.pair(w.hashCode()), k -> new java.util.ArrayList<>());
            words.add(w);
            same = words.size() == 3 ? words : null;
        }
        assertNotNull(same, "three words in one pair");
        Vocabulary.Recent recent = new Vocabulary.Recent();
        String text = String.join(" ", same) + " " + String.join(" ", same);
        int from = 0;
        for (int k = 0; k < 6; k++) {
            String expected = same.get(k % 3);
            Word w = Vocabulary.word(recent, text, from, from + expected.length());
            assertEquals(expected, w.text());
            assertSame(Vocabulary.word(expected), w);
            from += expected.length() + 1;
        }
    }

    @Test
    void wordsTooLongForASlotAreStillTheSharedWord() {
        Vocabulary.Recent recent = new Vocabulary.Recent();
        String longest = "و".repeat(Vocabulary.SPELLING - 1);
        String tooLong = "و".repeat(Vocabulary.SPELLING);
        String text = longest + " " + tooLong + " " + longest + " " + tooLong;
        int second = longest.length() + 1;
        Word a = Vocabulary.word(recent, text, 0, longest.length());
        Word b = Vocabulary.word(recent, text, second, second + tooLong.length());
        assertEquals(longest, a.text());
        assertEquals(tooLong, b.text());
        assertSame(Vocabulary.word(tooLong), b);
        int third = second + tooLong.length() + 1;
        assertSame(a, Vocabulary.word(recent, text, third, third + longest.length()));
        assertSame(b, Vocabulary.word(recent, text, text.length() - tooLong.length(), text.length()));
    }

    @Test
    void twoWordsOfOnePairOfSlotsStayTheOlderGoesFirst() {
        // three spellings whose hashes fall on the same pair of slots
        java.util.List<String> same = new java.util.ArrayList<>();
        int pair = Vocabulary.pair("ق0".hashCode());
        for (int i = 0; same.size() < 3; i++) {
            String w = "ق" + i;
            if (Vocabulary.pair(w.hashCode()) == pair) {
                same.add(w);
            }
        }
        Vocabulary.Recent recent = new Vocabulary.Recent();
        String text = String.join(" ", same);
        int b = same.get(0).length() + 1;
        int c = b + same.get(1).length() + 1;
        Word first = Vocabulary.word(recent, text, 0, same.get(0).length());
        Word second = Vocabulary.word(recent, text, b, b + same.get(1).length());
        assertSame(second, recent.words[pair], "the newest first");
        assertSame(first, recent.words[pair + 1], "the one before kept");
        assertSame(first, Vocabulary.word(recent, text, 0, same.get(0).length()));
        Word third = Vocabulary.word(recent, text, c, text.length());
        assertSame(third, recent.words[pair]);
        assertSame(second, recent.words[pair + 1]);
        assertEquals(same.get(0), Vocabulary.word(recent, text, 0, same.get(0).length()).text());
        assertSame(Vocabulary.word(same.get(0)), Vocabulary.word(recent, text, 0, same.get(0).length()));
    }
}
