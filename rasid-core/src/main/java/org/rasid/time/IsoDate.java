package org.rasid.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day an ISO date string starts with ("2018-03-05", "2018-03-05T10:00Z"). Publication and event
 * dates are read this way several times per story and per event; {@link LocalDate#parse} builds a
 * parse context and a resolved field map each time, so the plain "yyyy-MM-dd" form is read digit by
 * digit here and anything else is still left to it.
 */
public final class IsoDate {
    private IsoDate() {
    }

    /**
     * The date written in the first ten chars of {@code iso}, or null when it is null, shorter or not
     * a valid date (as {@code LocalDate.parse(iso.substring(0, 10))} would throw).
     *
     * @param slashes whether "/" may stand for "-" ("2018/03/05")
     */
    public static LocalDate leading(String iso, boolean slashes) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        LocalDate fast = plain(iso, slashes);
        if (fast != null) {
            return fast;
        }
        String head = iso.substring(0, 10);
        try {
            return LocalDate.parse(slashes ? head.replace('/', '-') : head);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * "yyyy-MM", as {@code String.format("%04d-%02d", year, month)} writes it for the years a date
     * expression can name (0 to 9999): a month-precision date is written for every month mentioned,
     * and the formatter parses its pattern and looks up the locale's digits each time.
     */
    public static String yearMonth(int year, int month) {
        if (year < 0 || year > 9999 || month < 0 || month > 99) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
        }
        char[] c = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10), '-', (char) ('0' + month / 10), (char) ('0' + month % 10)};
        return new String(c);
    }

    /** "dddd-dd-dd" with ASCII digits and a real day; null for anything else. */
    private static LocalDate plain(String s, boolean slashes) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0 || !dash(s.charAt(4), slashes) || !dash(s.charAt(7), slashes)) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // the slow path then fails the same way
        }
    }

    private static boolean dash(char c, boolean slashes) {
        return c == '-' || slashes && c == '/';
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
