package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A memo answers per word, apart from every other memo, in a slot or (slots used up) in its map. */
class WordMemoTest {
    @Test
    void memosKeepTheirOwnAnswersPastTheLastSlot() {
        Word ceasefire = Vocabulary.word("هدنه");
        Word shelling = Vocabulary.word("قصف");
        List<WordMemo> memos = new ArrayList<>();
        for (int i = 0; i < Word.SLOTS + 8; i++) { // the last ones have no slot left
            WordMemo m = new WordMemo();
            assertNull(m.get(ceasefire));
            m.put(ceasefire, i % 2 == 0);
            m.put(shelling, i % 3 == 0);
            assertNull(m.value(shelling));
            m.keep(shelling, "value " + i);
            memos.add(m);
        }
        for (int i = 0; i < memos.size(); i++) {
            assertEquals(i % 2 == 0, memos.get(i).get(ceasefire), "memo " + i);
            assertEquals(i % 3 == 0, memos.get(i).get(shelling), "memo " + i);
            assertEquals("value " + i, memos.get(i).value(shelling), "memo " + i);
            assertNull(memos.get(i).value(ceasefire), "memo " + i);
        }
    }

    @Test
    void aMatcherChangedAfterASearchFindsItsNewPhrases() {
        PhraseMatcher<String> m = new PhraseMatcher<>(false);
        m.add("وقف اطلاق النار", "ceasefire");
        List<Token> tokens = ArabicTokenizer.tokenize("اعلنت روسيا هدنه انسانيه في الغوطه");
        assertEquals(List.of(), m.find("", tokens));
        m.add("هدنه", "truce"); // "هدنه" was remembered as starting nothing
        assertEquals("هدنه", m.find("", tokens).get(0).phrase());
    }

    @Test
    void aWordsRememberedFirstStepsGiveTheSameMatchesAsAFreshWalk() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("قوات النظام", "SYR_GOV");
        m.add("قوات", "forces");
        m.add("اعتقال", "arrest");
        String text = "وقوات النظام شنت حملة اعتقالهم ثم قوات النظام وقواته";
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        List<PhraseMatcher.Match<String>> fresh = m.withoutGate().find(text, tokens);
        assertEquals(List.of("قوات النظام", "اعتقال", "قوات النظام", "قوات"),
                fresh.stream().map(PhraseMatcher.Match::phrase).toList());
        assertEquals(fresh, m.find(text, tokens)); // first search: the steps are worked out
        assertEquals(fresh, m.find(text, tokens)); // second: read from each word's memo
    }

    @Test
    void anAnswerIsWorkedOutOncePerWordAndRemembered() {
        WordMemo memo = new WordMemo();
        AtomicInteger asked = new AtomicInteger();
        Predicate<Word> future = w -> asked.incrementAndGet() > 0 && w.text().startsWith("س");
        Word strike = Vocabulary.word("سيقصف");
        Word truce = Vocabulary.word("هدنه");
        assertTrue(memo.test(strike, future));
        assertTrue(memo.test(strike, future));
        assertFalse(memo.test(truce, future));
        assertFalse(memo.test(truce, future));
        assertEquals(2, asked.get()); // once per word, not once per question
        assertEquals(Boolean.TRUE, memo.get(strike));
    }
}
