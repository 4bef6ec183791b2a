package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The same text read twice brings its reports once; a text with one more word is another document. */
class RepeatedTextsTest {

    @Test
    void aTextReadAgainIsRepeated() {
        RepeatedTexts texts = new RepeatedTexts();
        String report = "قصفت قوات النظام بلدة التمانعة بريف إدلب الجنوبي.";
        assertFalse(texts.repeated(report));
        assertTrue(texts.repeated(report));
        assertFalse(texts.repeated(report + " وأفاد ناشطون بسقوط جرحى."));
    }

    @Test
    void theKeyIsTheStoresContentHash() {
        assertEquals(64, RepeatedTexts.key("درعا").length());
        assertEquals(RepeatedTexts.key("درعا"), RepeatedTexts.key(new String("درعا")));
    }
}
