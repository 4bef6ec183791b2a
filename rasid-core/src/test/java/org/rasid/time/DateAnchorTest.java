package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateAnchorTest {
    private static final LocalDate ANCHOR = LocalDate.of(2018, 7, 2); // a Monday

    @Test
    void yearOfADayWithoutOne() {
        assertEquals(2018, DateAnchor.inferYear(ANCHOR, 4, 7, "past"));
        assertEquals(2017, DateAnchor.inferYear(ANCHOR, 9, 1, "past"));
        assertEquals(2019, DateAnchor.inferYear(ANCHOR, 3, 1, "next"));
        assertEquals(2018, DateAnchor.inferYear(ANCHOR, 7, 8, null)); // within a week ahead: this year
        assertEquals(2017, DateAnchor.inferYear(ANCHOR, 7, 20, null)); // news reports the past
        assertEquals(1439, DateAnchor.inferHijriYear(ANCHOR, 9, 1, "past")); // Ramadan 1439 ended June 2018
    }

    @Test
    void weekdaysAndRelativeOffsets() {
        assertEquals(LocalDate.of(2018, 6, 29), DateAnchor.weekday(ANCHOR, 5, null));
        assertEquals(LocalDate.of(2018, 6, 25), DateAnchor.weekday(ANCHOR, 1, "past"));
        assertEquals(ANCHOR, DateAnchor.weekday(ANCHOR, 1, null));
        assertEquals(LocalDate.of(2018, 7, 6), DateAnchor.weekday(ANCHOR, 5, "next"));
        assertEquals("2018-07-01", DateAnchor.relative(ANCHOR, "-1d"));
        assertEquals("2018-07-09", DateAnchor.relative(ANCHOR, "+1w"));
        assertEquals("2018-06", DateAnchor.relative(ANCHOR, "-1m"));
        assertEquals("2017", DateAnchor.relative(ANCHOR, "-1y"));
        assertEquals(2, DateAnchor.relativePrecision("0w"));
    }

    @Test
    void aDayShiftedByAPartOfTheDayStopsAtTheAnchor() {
        LocalDate anchor = LocalDate.of(2015, 7, 24);
        assertEquals("2015-07-24", DateAnchor.shifted(anchor, "2015-07-23", "+1d"));
        assertEquals("2015-07-24", DateAnchor.shifted(anchor, "2015-07-24", "+1d"));
        assertEquals("2015-07-23", DateAnchor.shifted(anchor, "2015-07-23", ""));
        assertNull(DateAnchor.shifted(anchor, null, "+1d"));
    }

    @Test
    void noDayIsMadeUp() {
        assertNull(DateAnchor.day(2018, 2, 31));
        assertEquals("2015-06-18", DateAnchor.hijriDay(1436, 9, 1));
        assertNull(DateAnchor.hijriDay(1200, 1, 1));
    }
}
