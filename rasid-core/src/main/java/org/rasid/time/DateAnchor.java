package org.rasid.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/**
 * Dates made from what an expression says and the story's publication date (the anchor): the
 * year of a day and month written without one, a weekday before or after the anchor, a
 * relative offset ("-1d", "+1w"), Hijri days in the Umm al-Qura calendar. Reads no text; every
 * method is a pure function. Dates are ISO strings: "2018-07-02" (precision 1 and 2),
 * "2018-07" (precision 3), "2018" (a year); null when there is no such day ("31 شباط").
 */
final class DateAnchor {
    private DateAnchor() {
    }

    /** The year a day/month without a year refers to, seen from the anchor. */
    static int inferYear(LocalDate anchor, int month, int day, String marker) {
        return inferYear(anchor.getYear(), anchor.getMonthValue(), anchor.getDayOfMonth(), month, day, marker);
    }

    /** The same in the Hijri calendar: the Hijri year of a Hijri month and day seen from the anchor. */
    static int inferHijriYear(LocalDate anchor, int month, int day, String marker) {
        HijrahDate h = HijrahDate.from(anchor);
        return inferYear(h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR), h.get(ChronoField.DAY_OF_MONTH),
                month, day, marker);
    }

    /** The same in any calendar: the anchor's year, month and day in it. */
    private static int inferYear(int y, int anchorMonth, int anchorDay, int month, int day, String marker) {
        if ("past".equals(marker)) {
            return month >= anchorMonth ? y - 1 : y;
        }
        if ("next".equals(marker)) {
            return month <= anchorMonth ? y + 1 : y;
        }
        if ("current".equals(marker)) {
            return y;
        }
        // no marker: news reports the past; a date more than a week ahead is last year's
        return month > anchorMonth || (month == anchorMonth && day > anchorDay + 7) ? y - 1 : y;
    }

    /** The weekday named next to the anchor: the last one (past), the next one, or the anchor's own week. */
    static LocalDate weekday(LocalDate anchor, int isoDay, String marker) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        return switch (marker == null ? "" : marker) {
            case "past" -> anchor.with(TemporalAdjusters.previous(dow));
            case "next" -> anchor.with(TemporalAdjusters.next(dow));
            default -> anchor.with(TemporalAdjusters.previousOrSame(dow));
        };
    }

    /**
     * The night named by the two days it joins ("ليل الاثنين - الثلاثاء", isoDay Monday): what happened in it
     * is dated by the second day, after midnight, unless that day is after the anchor (a story of Monday
     * tells of the night that began that evening), then by the first.
     */
    static LocalDate night(LocalDate anchor, int isoDay) {
        LocalDate first = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
        return first.plusDays(1).isAfter(anchor) ? first : first.plusDays(1);
    }

    /**
     * A day moved by a part of the day's offset ("+1d" for "بعد منتصف ليل": what happened after midnight of a
     * night belongs to the next day), kept as it is when that would pass the anchor (a Thursday story's "بعد
     * منتصف ليل الخميس" tells of the night that ended that morning). Empty offset or no day: unchanged.
     */
    static String shifted(LocalDate anchor, String day, String offset) {
        if (day == null || anchor == null || offset == null || offset.isEmpty()) {
            return day;
        }
        LocalDate moved = LocalDate.parse(day).plusDays(Long.parseLong(offset.substring(0, offset.length() - 1)
                .replace("+", "")));
        return moved.isAfter(anchor) ? day : moved.toString();
    }

    /** Precision of a relative offset such as "-1d", "+1w", "0m": 1 day, 2 week, 3 month or year. */
    static int relativePrecision(String offset) {
        return switch (offset.charAt(offset.length() - 1)) {
            case 'd' -> 1;
            case 'w' -> 2;
            default -> 3;
        };
    }

    /** The signed count of an offset: -1 for "-1w", 0 for "0m", 2 for "+2d". */
    static long amount(String offset) {
        return Long.parseLong(offset.substring(0, offset.length() - 1).replace("+", ""));
    }

    /** The date of a relative offset ("-1d" yesterday, "+1w" next week, "-1y" last year) from the anchor. */
    static String relative(LocalDate anchor, String offset) {
        char unit = offset.charAt(offset.length() - 1);
        long n = amount(offset);
        LocalDate d = switch (unit) {
            case 'd' -> anchor.plusDays(n);
            case 'w' -> anchor.plusWeeks(n);
            case 'm' -> anchor.plusMonths(n);
            default -> anchor.plusYears(n);
        };
        return unit == 'y' ? String.valueOf(d.getYear()) : format(d, relativePrecision(offset));
    }

    static String format(LocalDate d, int precision) {
        return precision == 3 ? IsoDate.yearMonth(d.getYear(), d.getMonthValue()) : d.toString();
    }

    static String hijriDay(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day)).toString();
        } catch (DateTimeException e) {
            return null; // outside the Umm al-Qura tables or no such day
        }
    }

    static String day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null; // "31 شباط": the text stays, no date is made up
        }
    }
}
