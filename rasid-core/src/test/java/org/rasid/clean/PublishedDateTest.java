package org.rasid.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;

class PublishedDateTest {
    @Test
    void formatsPagesPrint() {
        assertEquals("2018-07-02T16:12", PublishedDate.parse(": 2018/07/02 16:12"));
        assertEquals("2018-07-02", PublishedDate.parse(" 2018-07-02"));
        assertEquals("2018-07-02", PublishedDate.parse("02/07/2018"));
        assertEquals("2018-07-02T09:05", PublishedDate.parse("02-07-2018 09:05"));
        // Arabic-Indic digits, once normalised
        assertEquals("2018-07-02T16:12", PublishedDate.parse(ArabicNormalizer.normalize("٢٠١٨/٠٧/٠٢ ١٦:١٢").text()));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertNull(PublishedDate.parse("2018/13/40"));
        assertNull(PublishedDate.parse("منذ ساعتين"));
        assertEquals("2018-07-02", PublishedDate.parse("2018/07/02 25:70"));
    }
}
