package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekSpanTest {
    @Test
    void lastWeekSpansEveryFirstDayAWeekMayHave() {
        LocalDate saturday = LocalDate.of(2018, 4, 14);
        // begun on Sunday 8 April it ran from the 1st; begun on Saturday 14 April, up to the 13th
        assertEquals(LocalDate.of(2018, 4, 1), WeekSpan.first(saturday, -1));
        assertEquals(LocalDate.of(2018, 4, 13), WeekSpan.last(saturday, -1));
        assertEquals("2018-04", WeekSpan.month(saturday, -1));
    }

    @Test
    void aWeekThatMayCrossTwoMonthsHasNoMonth() {
        // a Wednesday: the week before began on Saturday 28 July or Monday 30 July
        assertNull(WeekSpan.month(LocalDate.of(2018, 8, 8), -1));
        assertEquals("2015-07", WeekSpan.month(LocalDate.of(2015, 7, 26), -1));
        assertEquals("2018-09", WeekSpan.month(LocalDate.of(2018, 8, 28), 1));
    }
}
