package org.rasid.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The days a week named relative to the publication date ("الأسبوع الماضي", "هذا الأسبوع") may cover,
 * and the month it is dated by. A report that says "last week" names no day: the annotation guidelines
 * date it YYYY-MM when the whole week lies in one month, and by its week otherwise. Arabic papers do not
 * agree on the day a week begins (Saturday in the Levant and Egypt, Sunday in the Gulf, Monday in wire
 * copy), so the week is taken in one month only when it is so whichever of these days it begins on.
 */
final class WeekSpan {
    private static final List<DayOfWeek> FIRST_DAYS = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);

    private WeekSpan() {
    }

    /** The earliest day the week {@code weeks} away from the anchor's may begin on. */
    static LocalDate first(LocalDate anchor, long weeks) {
        LocalDate first = null;
        for (DayOfWeek d : FIRST_DAYS) {
            LocalDate start = anchor.with(TemporalAdjusters.previousOrSame(d)).plusWeeks(weeks);
            first = first == null || start.isBefore(first) ? start : first;
        }
        return first;
    }

    /** The latest day the same week may end on. */
    static LocalDate last(LocalDate anchor, long weeks) {
        LocalDate last = null;
        for (DayOfWeek d : FIRST_DAYS) {
            LocalDate end = anchor.with(TemporalAdjusters.previousOrSame(d)).plusWeeks(weeks).plusDays(6);
            last = last == null || end.isAfter(last) ? end : last;
        }
        return last;
    }

    /** The month ("2018-04") of the week {@code weeks} away from the anchor's, or null when it may cross two. */
    static String month(LocalDate anchor, long weeks) {
        LocalDate first = first(anchor, weeks);
        LocalDate last = last(anchor, weeks);
        if (first.getYear() != last.getYear() || first.getMonthValue() != last.getMonthValue()) {
            return null;
        }
        return IsoDate.yearMonth(first.getYear(), first.getMonthValue());
    }
}
