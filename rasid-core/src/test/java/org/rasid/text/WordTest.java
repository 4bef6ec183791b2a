package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens of one spelling share one analysed word; its analyses are the splitter's. */
class WordTest {
    @Test
    void tokensOfOneSpellingShareTheirWord() {
        List<Token> tokens = ArabicTokenizer.tokenize("قصفت قوات النظام بلدة كفرنبل وقصفت قوات النظام مدينة ادلب");
        assertSame(tokens.get(1).word(), tokens.get(6).word());
        assertSame(tokens.get(2).word(), tokens.get(7).word());
        assertSame(tokens.get(2).readings(false), tokens.get(7).readings(false), "split once");
        assertEquals("وقصفت", tokens.get(5).text());
        assertEquals("قصفت", tokens.get(5).readings(false).get(1).stem());
    }

    @Test
    void readingsAreTheSplittersAndFormsCoverTheirStems() {
        Word w = Vocabulary.word("وبالمدينه");
        assertEquals(CliticSplitter.split("وبالمدينه", false), w.readings(false));
        assertEquals(CliticSplitter.split("وبالمدينه", true), w.readings(true));
        assertTrue(w.readings(false).stream().anyMatch(r -> r.stem().equals("مدينه") && r.hadArticle()));
        int[] stems = w.forms().stems;
        for (CliticSplitter.Reading r : w.readings(false)) {
            assertTrue(contains(stems, r.stem().hashCode()), r.stem());
        }
    }

    @Test
    void aGateSlotStartsUnknownAndKeepsItsAnswer() {
        Word w = new Word("هدنه");
        int slot = Word.newSlot();
        if (slot < 0) {
            return; // every slot taken by earlier tests in this JVM: WordMemoTest covers the map
        }
        assertNull(w.gate(slot));
        w.remember(slot, false);
        assertEquals(Boolean.FALSE, w.gate(slot));
        w.remember(slot, true);
        assertEquals(Boolean.TRUE, w.gate(slot));
    }

    @Test
    void everySlotInlineOrNotKeepsItsOwnAnswer() {
        Word w = new Word("المعارضه");
        for (int slot = 0; slot < Word.SLOTS; slot++) {
            assertNull(w.gate(slot), "slot " + slot + " unasked");
            w.remember(slot, slot % 3 == 0);
            if (slot + 1 < Word.SLOTS) {
                assertNull(w.gate(slot + 1), "slot " + (slot + 1) + " untouched by " + slot);
            }
        }
        for (int slot = 0; slot < Word.SLOTS; slot++) {
            assertEquals(slot % 3 == 0, w.gate(slot), "slot " + slot);
        }
        // an answer given again replaces the old one, in the word's ints and in its array alike, and
        // leaves every other slot's as it was
        java.util.Set<Integer> flipped = java.util.Set.of(0, 15, 16, 31, 47, 63, 64, 255);
        for (int slot : flipped) {
            w.remember(slot, slot % 3 != 0);
        }
        for (int slot = 0; slot < Word.SLOTS; slot++) {
            assertEquals(slot % 3 == 0 != flipped.contains(slot), w.gate(slot), "slot " + slot);
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
