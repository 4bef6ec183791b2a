package org.rasid.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.quantity.NumberParser;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Finds date expressions and resolves them against the story's publication date (the anchor):
 * numeric dates (2018/07/02), day + month in both month systems ("24 مارس / آذار الماضي",
 * "السابع من أبريل"), months ("شهر أيار الماضي", "آذار 2011"), years ("عام 2018"), weekdays
 * ("الثلاثاء", "الجمعة الماضية"), relative words ("مساء أمس الإثنين", "الشهر الماضي") and
 * durations ("منذ 15 يوما", "خلال 48 ساعة"). Without an anchor, expressions that need one keep
 * their text and get no date.
 *
 * <p>Safe for many threads after construction (its only state is a concurrent memo).
 */
public final class DateResolver {
    private record Word(String kind, String value) {
    }

    /** One expression found: tokens [start, end), resolved date or null, precision. */
    private record Found(int start, int end, String date, int precision) {
    }

    private static final int MAX_PHRASE = 3;
    private static final int STEM_CACHE = 200_000;
    private static final Set<String> YEAR_CUES = Set.of("عام", "عامي", "سنه", "العام");
    private static final Set<String> DAY_CUES = Set.of("يوم", "يومي");
    private static final String MONTH_CUE = "شهر";

    private final Map<String, Word> words = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> hijri = new HashSet<>();
    private final Set<String> ambiguousMonths = new HashSet<>();
    private final NumberParser numbers;
    /** Memo of {@link #stem}: the clitic readings of a word are the costly part of the scan. */
    private final Map<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * First words of every time phrase and month name, and the words the scan tests by hand:
     * an expression can only start at a word whose stem (or itself) is one of them.
     */
    private final Set<String> starters = new HashSet<>();
    /** Memo of {@link #mayStart} per word: most words of a story can start no date. */
    private final Map<String, Boolean> starts = new java.util.concurrent.ConcurrentHashMap<>();
    /** False only in tests, to prove the gate changes nothing. */
    private final boolean gated;

    public DateResolver() {
        this(true);
    }

    DateResolver(boolean gated) {
        this.gated = gated;
        for (DataFile.Row row : DataFile.readTsv("time-words.tsv")) {
            words.put(ArabicNormalizer.normalizeTerm(row.get("phrase")), new Word(row.get("kind"), row.get("value")));
        }
        for (DataFile.Row row : DataFile.readTsv("months.tsv")) {
            int m;
            try {
                m = Integer.parseInt(row.get("month"));
            } catch (NumberFormatException e) {
                throw row.error("month must be 1..12");
            }
            if (m < 1 || m > 12) {
                throw row.error("month must be 1..12");
            }
            String calendar = row.get("calendar");
            if (!calendar.equals("gregorian") && !calendar.equals("hijri")) {
                throw row.error("calendar must be gregorian or hijri, got '" + calendar + "'");
            }
            for (String name : row.list("names")) {
                months.put(ArabicNormalizer.normalizeTerm(name), m);
                if (calendar.equals("hijri")) {
                    hijri.add(ArabicNormalizer.normalizeTerm(name));
                }
            }
            for (String name : row.list("ambiguous")) {
                ambiguousMonths.add(ArabicNormalizer.normalizeTerm(name));
            }
        }
        numbers = NumberParser.load();
        for (String phrase : words.keySet()) {
            starters.add(phrase.split(" ")[0]);
        }
        for (String phrase : months.keySet()) {
            starters.add(phrase.split(" ")[0]);
        }
        starters.addAll(YEAR_CUES);
        starters.addAll(DAY_CUES);
        starters.add(MONTH_CUE);
    }

    public List<DateMention> find(NormalizedText doc, Span region, LocalDate anchor) {
        String text = doc.text();
        int ns = doc.fromOriginal(region.start());
        int ne = Math.min(doc.fromOriginal(region.end()), text.length());
        List<Token> tokens = doc.tokens(ns, Math.max(ns, ne));
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (gated && !mayStart(tokens.get(i).text())) {
                i++; // ~90% of words: the full test below costs dozens of map lookups per word
                continue;
            }
            List<Found> found = at(text, tokens, i, anchor);
            if (found.isEmpty()) {
                i++;
                continue;
            }
            for (Found f : found) {
                Span span = doc.toOriginal(tokens.get(f.start()).start() + proclitic(tokens.get(f.start()).text()),
                        tokens.get(f.end() - 1).end());
                int e = span.end();
                while (e < doc.original().length() && doc.original().charAt(e) == '\u0640') {
                    e++; // "هـ": the tatweel belongs to the word
                }
                span = new Span(span.start(), e);
                out.add(new DateMention(span, span.of(doc.original()), f.date(), f.precision()));
            }
            i = found.get(found.size() - 1).end();
        }
        return out;
    }

    private List<Found> at(String text, List<Token> t, int i, LocalDate anchor) {
        Found f = numericDate(text, t, i);
        if (f != null) {
            return List.of(f);
        }
        List<Found> years = years(t, i);
        if (!years.isEmpty()) {
            return years;
        }
        Word opener = word(t, i, 1);
        if (opener != null && (opener.kind().equals("since") || opener.kind().equals("ago") || opener.kind().equals("within"))) {
            Found inner = expression(t, i + 1, anchor);
            if (inner != null) {
                return List.of(new Found(i, inner.end(), inner.date(), inner.precision()));
            }
            Found d = duration(t, i, opener.kind(), anchor);
            return d == null ? List.of() : List.of(d);
        }
        Found e = expression(t, i, anchor);
        return e == null ? List.of() : List.of(e);
    }

    /** A day, month, weekday or relative expression starting at token i (part of day and يوم allowed first). */
    private Found expression(List<Token> t, int i, LocalDate anchor) {
        if (i >= t.size()) {
            return null;
        }
        int j = i;
        boolean part = false;
        int[] p = phraseAt(t, j, "part");
        if (p != null) {
            j += p[0];
            part = true;
        }
        boolean dayWord = false;
        if (j < t.size() && DAY_CUES.contains(stem(t.get(j).text()))) {
            j++;
            dayWord = true;
        }
        if (j >= t.size()) {
            return null;
        }
        // relative word, maybe confirmed by a weekday: "مساء أمس الإثنين", "اليوم الثلاثاء", "غداً (الأربعاء)"
        int[] rel = phraseAt(t, j, "relative");
        if (rel != null) {
            Word w = words.get(key(t, j, rel[0]));
            if (j + rel[0] < t.size() && (t.get(j + rel[0]).text().equals("ذاته") || t.get(j + rel[0]).text().equals("نفسه")
                    || t.get(j + rel[0]).text().equals("التالي"))) {
                return null; // "في اليوم ذاته": the day of another event, not of the story
            }
            int end = j + rel[0];
            Integer wd = weekday(t, end, true);
            if (wd != null) {
                end++;
            }
            return relative(i, end, w.value(), anchor);
        }
        Integer wd = weekday(t, j, dayWord);
        if (wd != null) {
            int end = j + 1;
            String marker = marker(t, end);
            if (marker != null) {
                end++;
            }
            LocalDate d = null;
            if (anchor != null) {
                DayOfWeek dow = DayOfWeek.of(wd);
                d = switch (marker == null ? "" : marker) {
                    case "past" -> anchor.with(TemporalAdjusters.previous(dow));
                    case "next" -> anchor.with(TemporalAdjusters.next(dow));
                    default -> anchor.with(TemporalAdjusters.previousOrSame(dow));
                };
            }
            return new Found(i, end, d == null ? null : d.toString(), 1);
        }
        if (part || dayWord) {
            return null;
        }
        Found dm = dayMonth(t, j, anchor);
        if (dm != null) {
            return dm;
        }
        return monthOnly(t, j, anchor);
    }

    /** "24 مارس / آذار الماضي", "السابع من أبريل/ نيسان", "7 من شهر أبريل الجاري", "13 الشهر الجاري". */
    private Found dayMonth(List<Token> t, int i, LocalDate anchor) {
        int day;
        int j;
        String w = t.get(i).text();
        String digits = w.substring(proclitic(w));
        if (!digits.isEmpty() && digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)) {
            day = Integer.parseInt(digits);
            j = i + 1;
        } else {
            Optional<int[]> ord = numbers.ordinalAt(t, i);
            if (ord.isEmpty()) {
                return null;
            }
            day = ord.get()[0];
            j = ord.get()[1];
        }
        if (day < 1 || day > 31 || j >= t.size()) {
            return null;
        }
        if (t.get(j).text().equals("من")) {
            j++;
        }
        if (j < t.size() && t.get(j).text().equals("شهر")) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        int[] rel = phraseAt(t, j, "relative");
        if (rel != null && words.get(key(t, j, rel[0])).value().endsWith("m")) {
            if (anchor == null) {
                return new Found(i, j + rel[0], null, 1);
            }
            LocalDate month = anchor.plusMonths(Long.parseLong(words.get(key(t, j, rel[0])).value().replace("m", "").replace("+", "")));
            return new Found(i, j + rel[0], day(month.getYear(), month.getMonthValue(), day), 1);
        }
        int[] m = month(t, j);
        if (m == null) {
            return null;
        }
        int end = j + m[1];
        boolean hijriMonth = m[3] == 1;
        end = alternateMonth(t, end, hijriMonth);
        Integer year = hijriMonth ? hijriYear(t, end) : year(t, end);
        String marker = null;
        if (year != null) {
            end += hijriYearLength(t, end, hijriMonth);
        } else {
            marker = marker(t, end);
            if (marker != null) {
                end++;
            }
        }
        if (year == null && anchor == null) {
            return new Found(i, end, null, 1);
        }
        if (hijriMonth) {
            HijrahDate h = anchor == null ? null : HijrahDate.from(anchor);
            int y = year != null ? year : inferYear(h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR),
                    h.get(ChronoField.DAY_OF_MONTH), m[0], day, marker);
            return new Found(i, end, hijriDay(y, m[0], day), 1);
        }
        int y = year != null ? year : inferYear(anchor, m[0], day, marker);
        return new Found(i, end, day(y, m[0], day), 1);
    }

    /** "شهر أيار الماضي", "آذار 2011", "تموز": a month, precision 3. */
    private Found monthOnly(List<Token> t, int i, LocalDate anchor) {
        int j = i;
        boolean cue = false;
        if (t.get(j).text().equals(MONTH_CUE) || stem(t.get(j).text()).equals(MONTH_CUE)) {
            j++;
            cue = true;
        }
        if (j >= t.size()) {
            return null;
        }
        int[] m = month(t, j);
        if (m == null) {
            return null;
        }
        int end = j + m[1];
        boolean hijriMonth = m[3] == 1;
        int alt = alternateMonth(t, end, hijriMonth);
        cue |= alt > end || m[2] == 0;
        end = alt;
        Integer year = hijriMonth ? hijriYear(t, end) : year(t, end);
        String marker = null;
        if (year != null) {
            end += hijriYearLength(t, end, hijriMonth);
            cue = true;
        } else {
            marker = marker(t, end);
            if (marker != null) {
                end++;
                cue = true;
            }
        }
        if (!cue) {
            return null;
        }
        if (year == null && anchor == null) {
            return new Found(i, end, null, 3);
        }
        if (hijriMonth) {
            HijrahDate h = anchor == null ? null : HijrahDate.from(anchor);
            int y = year != null ? year : inferYear(h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR),
                    h.get(ChronoField.DAY_OF_MONTH), m[0], 1, marker);
            String first = hijriDay(y, m[0], 1); // a Hijri month is dated by the Gregorian month it starts in
            return new Found(i, end, first == null ? null : first.substring(0, 7), 3);
        }
        int y = year != null ? year : inferYear(anchor, m[0], 1, marker);
        return new Found(i, end, String.format("%04d-%02d", y, m[0]), 3);
    }

    /** "عام 2018", "عامي 2017 و 2018": years, precision 3. */
    private List<Found> years(List<Token> t, int i) {
        String s = stem(t.get(i).text());
        if (!YEAR_CUES.contains(s)) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Integer y = year(t, i + 1);
        if (y == null) {
            return out;
        }
        out.add(new Found(i, i + 2, String.valueOf(y), 3));
        int k = i + 2;
        if (k < t.size() && t.get(k).text().equals("و") && year(t, k + 1) != null) {
            out.add(new Found(k + 1, k + 2, String.valueOf(year(t, k + 1)), 3));
        } else if (k < t.size() && t.get(k).text().startsWith("و") && t.get(k).text().length() == 5) {
            Integer y2 = yearValue(t.get(k).text().substring(1));
            if (y2 != null) {
                out.add(new Found(k, k + 1, String.valueOf(y2), 3));
            }
        }
        return out;
    }

    /** 2018/07/02, 02/07/2018, 2018-07-02: the text between the numbers is one separator. */
    private Found numericDate(String text, List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i).isNumber() || !t.get(i + 1).isNumber() || !t.get(i + 2).isNumber()) {
            return null;
        }
        for (int k = i; k < i + 2; k++) {
            int gap = t.get(k + 1).start() - t.get(k).end();
            char c = text.charAt(t.get(k).end());
            if (gap != 1 || "/-.".indexOf(c) < 0) {
                return null;
            }
        }
        String a = t.get(i).text();
        String b = t.get(i + 1).text();
        String c = t.get(i + 2).text();
        try {
            LocalDate d;
            if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
                d = LocalDate.of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
            } else if (c.length() == 4 && a.length() <= 2 && b.length() <= 2) {
                d = LocalDate.of(Integer.parseInt(c), Integer.parseInt(b), Integer.parseInt(a));
            } else {
                return null;
            }
            return new Found(i, i + 3, d.toString(), 1);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** "منذ 15 يوما", "قبل 3 أيام", "منذ أكثر من شهرين", "خلال 48 ساعة", "خلال الساعات الـ24 الماضية". */
    private Found duration(List<Token> t, int i, String opener, LocalDate anchor) {
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
        Word unit = words.get(stem(t.get(j).text()));
        boolean pastWindow = false;
        if (unit == null || !unit.kind().equals("unit")) {
            return null;
        }
        int end = j + 1;
        if (value == null && opener.equals("within")) {
            int k = end;
            if (k < t.size() && t.get(k).text().equals("ال")) {
                k++;
            }
            long[] v = number(t, k);
            if (v != null) {
                n = v[0]; // "خلال الساعات الـ24 الماضية"
                end = (int) v[1];
            }
        }
        String marker = marker(t, end);
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
            return new Found(i, end, null, precision);
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
        return new Found(i, end, format(d, precision), precision);
    }

    /** A number at token j (digits or one number word): {value, end token}. */
    private long[] number(List<Token> t, int j) {
        if (j >= t.size()) {
            return null;
        }
        int k = j;
        // qualifiers ("أكثر من") are skipped: the expression keeps them, the date uses the figure
        String first = t.get(k).text();
        if ((first.equals("اكثر") || first.equals("نحو") || first.equals("حوالي") || first.equals("قرابه")) && k + 1 < t.size()) {
            k += first.equals("اكثر") && t.get(k + 1).text().equals("من") ? 2 : 1;
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

    private Found relative(int start, int end, String value, LocalDate anchor) {
        char unit = value.charAt(value.length() - 1);
        int precision = switch (unit) {
            case 'd' -> 1;
            case 'w' -> 2;
            default -> 3;
        };
        if (anchor == null) {
            return new Found(start, end, null, precision);
        }
        long n = Long.parseLong(value.substring(0, value.length() - 1).replace("+", ""));
        LocalDate d = switch (unit) {
            case 'd' -> anchor.plusDays(n);
            case 'w' -> anchor.plusWeeks(n);
            case 'm' -> anchor.plusMonths(n);
            default -> anchor.plusYears(n);
        };
        String date = unit == 'y' ? String.valueOf(d.getYear()) : format(d, precision);
        return new Found(start, end, date, precision);
    }

    private static String format(LocalDate d, int precision) {
        return precision == 3 ? String.format("%04d-%02d", d.getYear(), d.getMonthValue()) : d.toString();
    }

    /** The year a day/month without a year refers to, seen from the anchor. */
    private static int inferYear(LocalDate anchor, int month, int day, String marker) {
        return inferYear(anchor.getYear(), anchor.getMonthValue(), anchor.getDayOfMonth(), month, day, marker);
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

    private static String hijriDay(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day)).toString();
        } catch (DateTimeException e) {
            return null; // outside the Umm al-Qura tables or no such day
        }
    }

    /** A Hijri year (1300-1600) at k, written "1436", "1436هـ" or "1436 هـ". */
    private static Integer hijriYear(List<Token> t, int k) {
        if (k >= t.size()) {
            return null;
        }
        String w = t.get(k).text();
        if (w.endsWith("ه")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(w);
            return y >= 1300 && y <= 1600 ? y : null;
        }
        return null;
    }

    private static int hijriYearLength(List<Token> t, int k, boolean hijriMonth) {
        return hijriMonth && k + 1 < t.size() && t.get(k + 1).text().equals("ه") ? 2 : 1;
    }

    private static String day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null; // "31 شباط": the text stays, no date is made up
        }
    }

    /** [month, tokens used, ambiguous?1:0, hijri?1:0] at token j, through proclitics ("بآذار"). */
    private int[] month(List<Token> t, int j) {
        if (j + 1 < t.size()) {
            String two = stem(t.get(j).text()) + " " + t.get(j + 1).text();
            Integer m = months.get(two);
            if (m != null) {
                return new int[] {m, 2, ambiguousMonths.contains(two) ? 1 : 0, hijri.contains(two) ? 1 : 0};
            }
        }
        String s = stem(t.get(j).text());
        Integer m = months.get(s);
        if (m == null) {
            m = months.get(t.get(j).text());
            s = t.get(j).text();
        }
        return m == null ? null : new int[] {m, 1, ambiguousMonths.contains(s) ? 1 : 0, hijri.contains(s) ? 1 : 0};
    }

    /** Skips a second name of the same month in the same calendar: "مارس / آذار", "أبريل/ نيسان". */
    private int alternateMonth(List<Token> t, int end, boolean hijriMonth) {
        if (end < t.size()) {
            int[] m = month(t, end);
            if (m != null && (m[3] == 1) == hijriMonth) {
                return end + m[1];
            }
        }
        return end;
    }

    private Integer year(List<Token> t, int k) {
        return k < t.size() ? yearValue(t.get(k).text()) : null;
    }

    private static Integer yearValue(String w) {
        if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(w);
            if (y >= 1900 && y <= 2100) {
                return y;
            }
        }
        return null;
    }

    /** past / next / current after a month or weekday ("الماضي", "القادم", "الجاري"). */
    private String marker(List<Token> t, int k) {
        if (k >= t.size()) {
            return null;
        }
        Word w = words.get(t.get(k).text());
        if (w != null && (w.kind().equals("past") || w.kind().equals("next") || w.kind().equals("current"))) {
            return w.kind();
        }
        return null;
    }

    private Integer weekday(List<Token> t, int k, boolean bareAllowed) {
        if (k >= t.size()) {
            return null;
        }
        String form = stem(t.get(k).text());
        Word w = words.get(form);
        if (w != null && w.kind().equals("weekday") && (form.startsWith("ال") || bareAllowed)) {
            return Integer.parseInt(w.value());
        }
        return null;
    }

    /** {length} of the longest phrase of {@code kind} at k, first word read through its proclitics. */
    private int[] phraseAt(List<Token> t, int k, String kind) {
        for (int len = Math.min(MAX_PHRASE, t.size() - k); len >= 1; len--) {
            Word w = words.get(key(t, k, len));
            if (w != null && w.kind().equals(kind)) {
                return new int[] {len};
            }
        }
        return null;
    }

    private Word word(List<Token> t, int k, int len) {
        return k + len <= t.size() ? words.get(key(t, k, len)) : null;
    }

    private String key(List<Token> t, int k, int len) {
        StringBuilder b = new StringBuilder(stem(t.get(k).text()));
        for (int x = k + 1; x < k + len; x++) {
            b.append(' ').append(t.get(x).text());
        }
        return b.toString();
    }

    /**
     * Whether an expression may start at this word: digits (numeric dates, "24 مارس", "و2015"),
     * a starter read through its proclitics, or an ordinal day ("السابع"). Every test of
     * {@link #at} on its first word is one of these, so a word failing them starts nothing.
     */
    private boolean mayStart(String w) {
        Boolean memo = starts.get(w);
        if (memo == null) {
            memo = hasDigit(w) || starters.contains(stem(w)) || starters.contains(w) || numbers.isOrdinal(w);
            if (starts.size() > STEM_CACHE) {
                starts.clear();
            }
            starts.put(w, memo);
        }
        return memo;
    }

    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The word without its proclitics when that leaves a known time word ("وأمس", "بالأمس"). */
    private String stem(String w) {
        if (words.containsKey(w) || months.containsKey(w)) {
            return w;
        }
        String cached = stems.get(w);
        if (cached != null) {
            return cached;
        }
        String found = w;
        for (CliticSplitter.Reading r : CliticSplitter.readings(w, false)) {
            String form = r.hadArticle() ? "ال" + r.stem() : r.stem();
            if (words.containsKey(form) || months.containsKey(form)) {
                found = form;
                break;
            }
        }
        if (stems.size() > STEM_CACHE) {
            stems.clear(); // a bounded memo: most words of a corpus repeat
        }
        stems.put(w, found);
        return found;
    }

    /** Chars of a proclitic glued to the first word, left out of the span ("وأمس" spans "أمس"). */
    private int proclitic(String w) {
        String s = stem(w);
        if (!s.equals(w)) {
            int idx = w.lastIndexOf(s);
            if (idx > 0) {
                return idx;
            }
        }
        if (w.length() > 1 && "وفبل".indexOf(w.charAt(0)) >= 0 && Character.isDigit(w.charAt(1))) {
            return 1;
        }
        return 0;
    }
}
