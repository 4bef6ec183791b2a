package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.rasid.testing.RealTexts;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.Token;
import org.junit.jupiter.api.Test;

/** The year check of "a year before the publication's" equals the regex it replaced. */
class EventExtractorYearTest {
    @Test
    void yearCheckEqualsTheRegexOnEveryWordOfRealText() {
        int years = 0;
        for (RealTexts.Text t : RealTexts.all()) {
            for (Token w : ArabicTokenizer.tokenize(ArabicNormalizer.normalize(t.text()).text())) {
                boolean expected = w.text().length() == 4 && w.text().matches("(19|20)\\d\\d");
                assertEquals(expected, EventDater.isYear(w.text()), w.text());
                years += expected ? 1 : 0;
            }
        }
        assertTrue(years > 100, years + " years");
    }

    @Test
    void edges() {
        assertTrue(EventDater.isYear("1999"));
        assertTrue(EventDater.isYear("2011"));
        assertFalse(EventDater.isYear("2111"));
        assertFalse(EventDater.isYear("201١"));
        assertFalse(EventDater.isYear("20111"));
        assertFalse(EventDater.isYear("و201"));
    }
}
