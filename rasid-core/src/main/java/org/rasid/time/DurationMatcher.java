package org.rasid.time;

import java.time.LocalDate;
import java.util.List;
import org.rasid.quantity.NumberParser;
import org.rasid.text.CliticSplitter;
import org.rasid.text.Token;

/**
 * Durations after منذ / قبل / خلال: a number and a unit ("منذ 15 يوما", "خلال 48 ساعة") or a
 * dual unit alone ("منذ شهرين"), dated back from the anchor (منذ، قبل) or ahead of it (خلال with
 * hours or a next-marker). A window whose direction is not said keeps its text and no date.
 */
final class DurationMatcher {
    private final TimeLexicon lexicon;
    private final NumberParser numbers;

    DurationMatcher(TimeLexicon lexicon, NumberParser numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    /** "منذ 15 يوما", "قبل 3 أيام", "منذ أكثر من شهرين", "خلال 48 ساعة", "خلال الساعات الـ24 الماضية". */
    DateMatch at(List<Token> t, int i, String opener, LocalDate anchor) {
        int j = i + 1;
        long n = 1;
        // a number (digits or words) then a unit; or a dual unit alone ("شهرين")
        long[] value = number(t, j);
        if (value != null) {
            n = value[0];
            j = (int) value[1];
        }
        if (j >= t.size()) {
            return null;
        }
        TimeLexicon.Word unit = lexicon.word(lexicon.stem(t.get(j).text()));
        boolean pastWindow = false;
        if (unit == null || !unit.kind().equals("unit")) {
            return null;
        }
        int end = j + 1;
        if (value == null && opener.equals("within")) {
            int k = end;
            if (k < t.size() && t.get(k).text().equals(CliticSplitter.ARTICLE)) {
                k++;
            }
            long[] v = number(t, k);
            if (v != null) {
                n = v[0]; // "خلال الساعات الـ24 الماضية"
                end = (int) v[1];
            }
        }
        String marker = lexicon.marker(t, end);
        if (marker != null) {
            pastWindow = marker.equals("past");
            end++;
        }
        if (value == null && (unit.value().endsWith("p") || unit.value().matches("h?1") && !opener.equals("within"))) {
            return null; // "قبل أشهر", "منذ يوم": too vague to place
        }
        boolean hours = unit.value().startsWith("h");
        long unitDays = Long.parseLong(unit.value().replace("h", "").replace("p", ""));
        long days = hours ? (n * unitDays + 23) / 24 : n * unitDays;
        int precision = hours || days <= 6 ? 1 : days < 28 ? 2 : 3;
        boolean ahead = opener.equals("within") && !pastWindow && (hours || "next".equals(marker));
        if (opener.equals("within") && !pastWindow) {
            precision = Math.max(precision, 2); // a window or deadline ahead: no single day
        }
        if (anchor == null || (opener.equals("within") && !pastWindow && !ahead)) {
            // "خلال 10 أشهر": during or within? the direction is not said, so no date is made up
            return new DateMatch(i, end, null, precision);
        }
        LocalDate d;
        if (opener.equals("within")) {
            d = pastWindow ? anchor : anchor.plusDays(days);
            if (pastWindow && days > 1) {
                precision = Math.max(precision, 2);
            }
        } else {
            d = anchor.minusDays(days);
        }
        return new DateMatch(i, end, DateAnchor.format(d, precision), precision);
    }

    /** A number at token j (digits or one number word): {value, end token}. */
    private long[] number(List<Token> t, int j) {
        if (j >= t.size()) {
            return null;
        }
        int k = j;
        // qualifiers ("أكثر من") are skipped: the expression keeps them, the date uses the figure
        String first = t.get(k).text();
        String tail = lexicon.qualifierTail(first);
        if (tail != null && k + 1 < t.size()) {
            k += !tail.isEmpty() && t.get(k + 1).text().equals(tail) ? 2 : 1;
        }
        if (k >= t.size()) {
            return null;
        }
        String w = t.get(k).text();
        if (w.chars().allMatch(Character::isDigit) && w.length() <= 4) {
            return new long[] {Long.parseLong(w), k + 1};
        }
        if (numbers.isNumberWord(w)) {
            long v = numbers.parse(w).orElse(-1);
            if (v > 0) {
                return new long[] {v, k + 1};
            }
        }
        return null;
    }
}
