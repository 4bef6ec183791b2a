package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.quantity.NumberParser;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Token;

class DurationMatcherTest {
    private static final DurationMatcher DURATIONS = new DurationMatcher(new TimeLexicon(), NumberParser.load());
    private static final LocalDate ANCHOR = LocalDate.of(2018, 8, 20);

    private static DateMatch at(String s, String opener) {
        NormalizedText doc = ArabicNormalizer.normalize(s);
        List<Token> t = doc.tokens(0, doc.text().length());
        return DURATIONS.at(t, 0, opener, ANCHOR);
    }

    @Test
    void durationsBackFromTheAnchor() {
        assertEquals(new DateMatch(0, 3, "2018-08-17", 1), at("قبل 3 أيام", "ago"));
        assertEquals(new DateMatch(0, 3, "2018-08-05", 2), at("منذ 15 يوما", "since"));
        assertEquals(new DateMatch(0, 5, "2018-08-17", 1), at("منذ أكثر من 3 أيام", "since"));
    }

    @Test
    void vagueOrUndirectedDurationsGetNoDate() {
        assertNull(at("قبل أشهر", "ago"));
        assertEquals(new DateMatch(0, 3, null, 3), at("خلال 10 أشهر", "within"));
        // a deadline ahead: a window, not a day
        assertEquals(new DateMatch(0, 3, "2018-08-22", 2), at("خلال 48 ساعة", "within"));
    }
}
