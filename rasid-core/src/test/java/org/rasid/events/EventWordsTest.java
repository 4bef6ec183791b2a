package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventWordsTest {
    private static final EventWords WORDS = EventWords.standard();

    @Test
    void wordsAreReadInTheirNormalisedForm() {
        assertTrue(WORDS.is("list_word", "قريه")); // written "قرية" in the file
        assertTrue(WORDS.is("list_word", "قري")); // "قرى"
        assertTrue(WORDS.is("direction", "اطراف")); // "أطراف"
        assertTrue(WORDS.is("not_future", "سياره"));
        assertFalse(WORDS.is("means", "قريه"));
    }

    @Test
    void containsStartsAndEndsWith() {
        assertTrue(WORDS.contains("syria", "السوريه"));
        assertTrue(WORDS.startsWith("region", "ريف ادلب"));
        assertTrue(WORDS.endsWith("border", "الحدود"));
        assertFalse(WORDS.contains("syria", "العراقيه"));
    }
}
