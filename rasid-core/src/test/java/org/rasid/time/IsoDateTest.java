package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The digit-by-digit reading gives what {@code LocalDate.parse} of the first ten chars gives. */
class IsoDateTest {
    private static LocalDate byParse(String iso, boolean slashes) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            String head = iso.substring(0, 10);
            return LocalDate.parse(slashes ? head.replace('/', '-') : head);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void readsTheDayAStampStartsWith() {
        assertEquals(LocalDate.of(2018, 3, 5), IsoDate.leading("2018-03-05T10:22:00Z", false));
        assertEquals(LocalDate.of(2015, 12, 31), IsoDate.leading("2015/12/31", true));
        assertNull(IsoDate.leading("2015/12/31", false));
        assertNull(IsoDate.leading("2018-02-29", false)); // no such day
        assertNull(IsoDate.leading("2018-3-5", false));
        assertNull(IsoDate.leading(null, true));
    }

    @Test
    void agreesWithLocalDateParse() {
        String[] cases = {"2018-03-05", "2016-02-29", "2017-02-29", "2018-13-01", "2018-00-10", "2018-04-31",
            "2018-04-00", "0000-01-01", "2018-03-05 12:00", "٢٠١٨-٠٣-٠٥", "2018/03/05", "2018-03/05", "20180305xx",
            "+2018-03-05", "2018-03-5 ", " 2018-03-05", "abcdefghij", "2018-03-0"};
        for (String c : cases) {
            for (boolean slashes : new boolean[] {false, true}) {
                assertEquals(byParse(c, slashes), IsoDate.leading(c, slashes), c + " " + slashes);
            }
        }
    }

    @Test
    void writesAYearMonthAsTheFormatterDoes() {
        int[] years = {0, 7, 99, 1436, 1999, 2011, 2018, 9999, -5, 10000};
        for (int y : years) {
            for (int m = 0; m <= 13; m++) {
                assertEquals(String.format(java.util.Locale.ROOT, "%04d-%02d", y, m), IsoDate.yearMonth(y, m), y + " " + m);
            }
        }
    }
}
