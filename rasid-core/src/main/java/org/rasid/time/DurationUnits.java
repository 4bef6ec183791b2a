package org.rasid.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;

/**
 * The units of a duration of a day or more (time-words.tsv, kind {@code unit}: يوم، أسابيع، شهرين …), read by
 * their value: plural units ({@code p}: أيام، أشهر), duals (a value twice a singular unit's, over two days:
 * أسبوعين، شهرين، عامين) and the day itself (يوم، يومين). The dater reads the same rows to date "منذ 3 أسابيع";
 * the event parts ask whether a word is such a unit (the time since an earlier event, a span of days), so both
 * read one list. Hours are apart ({@link #isHours}): an hour spans no days.
 */
public final class DurationUnits {
    private static final int DAYS_OF_ONE_DAY = 1;

    private final Map<String, Long> days = new HashMap<>();
    private final Set<String> plural = new HashSet<>();
    private final Set<String> duals = new HashSet<>();
    private final Set<String> hours = new HashSet<>();

    private DurationUnits() {
        for (DataFile.Row row : DataFile.readTsv("time-words.tsv")) {
            String value = row.get("value");
            if (!row.get("kind").equals("unit")) {
                continue;
            }
            String word = ArabicNormalizer.normalizeTerm(row.get("phrase"));
            if (value.startsWith("h")) {
                hours.add(word);
                continue;
            }
            days.put(word, Long.parseLong(value.replace("p", "")));
            if (value.endsWith("p")) {
                plural.add(word);
            }
        }
        Set<Long> singular = new HashSet<>();
        days.forEach((w, d) -> {
            if (!plural.contains(w)) {
                singular.add(d);
            }
        });
        days.forEach((w, d) -> {
            if (!plural.contains(w) && d > 2 * DAYS_OF_ONE_DAY && d % 2 == 0 && singular.contains(d / 2)) {
                duals.add(w);
            }
        });
    }

    /** The units of the project's time-words.tsv, read once per JVM. */
    public static DurationUnits standard() {
        return Standard.UNITS;
    }

    /** Whether a normalised word is a unit of a day or more ("أيام", "شهرا", "سنتين"). */
    public boolean isUnit(String word) {
        return days.containsKey(word);
    }

    /** A plural unit that needs a number to measure anything ("أيام", "أسابيع"). */
    public boolean isPlural(String word) {
        return plural.contains(word);
    }

    /** A dual of a unit longer than a day ("أسبوعين", "شهرين", "عامين"): two weeks span by themselves. */
    public boolean isDual(String word) {
        return duals.contains(word);
    }

    /** A unit of hours ("ساعة", "ساعات", "ساعتين"): hours span days only by their count ("خلال الـ48 ساعة"). */
    public boolean isHours(String word) {
        return hours.contains(word);
    }

    /** The day or two days ("يوم", "يوما", "يومين"): they date one incident, they span nothing alone. */
    public boolean isDay(String word) {
        Long d = days.get(word);
        return d != null && !plural.contains(word) && d <= 2 * DAYS_OF_ONE_DAY;
    }

    private static final class Standard {
        static final DurationUnits UNITS = new DurationUnits();
    }
}
