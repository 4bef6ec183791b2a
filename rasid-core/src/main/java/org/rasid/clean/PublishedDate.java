package org.rasid.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numeric publication dates as pages print them: 2018/07/02 16:12, 02-07-2018, 2018-07-02. */
final class PublishedDate {
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[\\sT,-]+(\\d{1,2}):(\\d{2}))?");
    private static final Pattern DMY = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[\\s,-]+(\\d{1,2}):(\\d{2}))?");

    private PublishedDate() {
    }

    /** ISO date or date-time found in {@code s} (normalised digits), or null. */
    static String parse(String s) {
        Matcher m = YMD.matcher(s);
        if (m.find()) {
            return iso(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        }
        m = DMY.matcher(s);
        if (m.find()) {
            return iso(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5));
        }
        return null;
    }

    private static String iso(String y, String mo, String d, String h, String mi) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (h == null) {
                return date.toString();
            }
            int hh = Integer.parseInt(h);
            int mm = Integer.parseInt(mi);
            if (hh > 23 || mm > 59) {
                return date.toString();
            }
            return date + String.format("T%02d:%02d", hh, mm);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
