package org.rasid.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasid.quantity.NumberParser;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;
import org.rasid.text.Word;
import org.rasid.text.WordMemo;

/**
 * Finds date expressions and resolves them against the story's publication date (the anchor):
 * numeric dates (2018/07/02), day + month in both month systems ("24 مارس / آذار الماضي",
 * "السابع من أبريل"), months ("شهر أيار الماضي", "آذار 2011"), years ("عام 2018"), weekdays
 * ("الثلاثاء", "الجمعة الماضية"), relative words ("مساء أمس الإثنين", "الشهر الماضي") and
 * durations ("منذ 15 يوما", "خلال 48 ساعة"). Without an anchor, expressions that need one keep
 * their text and get no date. A story whose weekdays say it was written a day or two before its
 * publication date ("أمس الثلاثاء" in a Thursday story) is read from that day ({@link WritingDay}).
 *
 * <p>Safe for many threads after construction (its only state is a concurrent memo).
 */
public final class DateResolver {
    // closed-class particles the scan reads between numbers and months
    private static final String OF = "من";
    private static final String AND = "و";
    /** Proclitics glued to digits ("و2015", "ب24"), left out of the span. */
    private static final String DIGIT_PROCLITICS = "وفبل";

    private final TimeLexicon lexicon;
    private final NumberParser numbers;
    private final DurationMatcher durations;
    private final WritingDay writing;
    /**
     * First words of every time phrase and month name, and the words the scan tests by hand:
     * an expression can only start at a word whose stem (or itself) is one of them.
     */
    private final Set<String> starters;
    /** Memo of {@link #mayStart} per word: most words of a story can start no date. */
    private final WordMemo starts = new WordMemo();
    /** False only in tests, to prove the gate changes nothing. */
    private final boolean gated;

    public DateResolver() {
        this(true);
    }

    DateResolver(boolean gated) {
        this.gated = gated;
        this.lexicon = new TimeLexicon();
        this.numbers = NumberParser.load();
        this.starters = lexicon.starters();
        this.durations = new DurationMatcher(lexicon, numbers);
        this.writing = new WritingDay(lexicon);
    }

    public List<DateMention> find(NormalizedText doc, Span region, LocalDate anchor) {
        String text = doc.text();
        int ns = doc.fromOriginal(region.start());
        int ne = Math.min(doc.fromOriginal(region.end()), text.length());
        List<Token> tokens = doc.tokens(ns, Math.max(ns, ne));
        List<DateMention> out = new ArrayList<>();
        // the gate read once per token, for the writing day's pass and this one
        boolean[] may = new boolean[tokens.size()];
        for (int k = 0; k < may.length; k++) {
            may[k] = !gated || mayStart(tokens.get(k).word());
        }
        LocalDate written = writing.of(tokens, anchor, k -> may[k]);
        // a story written before its publication day mixes sources of several days (a monitor's night
        // report of the day before): there "بعد منتصف ليل أمس" keeps the day named, the source's frame
        boolean nightsMove = written != null && written.equals(anchor);
        int i = 0;
        while (i < tokens.size()) {
            if (!may[i]) {
                i++; // ~90% of words: the full test below costs dozens of map lookups per word
                continue;
            }
            List<DateMatch> found = at(text, tokens, i, written, nightsMove);
            if (found.isEmpty()) {
                i++;
                continue;
            }
            for (DateMatch f : found) {
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

    private List<DateMatch> at(String text, List<Token> t, int i, LocalDate anchor, boolean nightsMove) {
        DateMatch f = numericDate(text, t, i);
        if (f != null) {
            return List.of(f);
        }
        List<DateMatch> years = years(t, i);
        if (!years.isEmpty()) {
            return years;
        }
        TimeLexicon.Word opener = lexicon.word(t, i, 1);
        if (opener != null && (opener.kind().equals("since") || opener.kind().equals("ago") || opener.kind().equals("within"))) {
            DateMatch inner = expression(text, t, i + 1, anchor, nightsMove);
            if (inner != null) {
                return List.of(new DateMatch(i, inner.end(), inner.date(), inner.precision()));
            }
            DateMatch d = durations.at(t, i, opener.kind(), anchor);
            return d == null ? List.of() : List.of(d);
        }
        DateMatch e = expression(text, t, i, anchor, nightsMove);
        return e == null ? List.of() : List.of(e);
    }

    /** A day, month, weekday or relative expression starting at token i (part of day and يوم allowed first). */
    private DateMatch expression(String text, List<Token> t, int i, LocalDate anchor, boolean nightsMove) {
        if (i >= t.size()) {
            return null;
        }
        int j = i;
        boolean part = false;
        // a part of the day may move the day it names: "بعد منتصف ليل أمس" is today (time-words.tsv value)
        String partShift = "";
        int p = lexicon.phraseLength(t, j, "part");
        if (p > 0) {
            partShift = nightsMove ? lexicon.word(lexicon.key(t, j, p)).value() : "";
            j += p;
            part = true;
        }
        boolean dayWord = false;
        if (j < t.size() && lexicon.isCue("day-cue", stem(t.get(j).text()))) {
            j++;
            dayWord = true;
        }
        if (j >= t.size()) {
            return null;
        }
        // relative word, maybe confirmed by a weekday: "مساء أمس الإثنين", "اليوم الثلاثاء", "غداً (الأربعاء)"
        int rel = lexicon.phraseLength(t, j, "relative");
        if (rel > 0) {
            TimeLexicon.Word w = lexicon.word(lexicon.key(t, j, rel));
            if (j + rel < t.size() && lexicon.isCue("same-day", t.get(j + rel).text())) {
                return null; // "في اليوم ذاته": the day of another event, not of the story
            }
            int end = j + rel;
            Integer wd = lexicon.weekday(t, end, true);
            if (wd != null) {
                end++;
            }
            int fix = bracketedRelative(text, t, end);
            if (fix > 0) {
                // "اختطفت اليوم (أمس)": the source's day, set right in brackets for the paper's readers
                w = lexicon.word(lexicon.key(t, end, fix));
                end += fix;
            }
            String offset = w.value();
            int precision = DateAnchor.relativePrecision(offset);
            String date = anchor == null ? null : DateAnchor.relative(anchor, offset);
            if (precision == 1) {
                date = DateAnchor.shifted(anchor, date, partShift);
            }
            long weeks = DateAnchor.amount(offset);
            String month = precision == 2 && anchor != null && weeks <= 0 ? WeekSpan.month(anchor, weeks) : null;
            if (month != null) {
                // "الأسبوع الماضي" names no day: a past week inside one month is dated by that month (a week
                // ahead keeps its day, after publication, so that a plan is not dated as done this month)
                date = month;
                precision = 3;
            }
            return new DateMatch(i, end, date, precision);
        }
        Integer wd = lexicon.weekday(t, j, dayWord);
        if (wd != null && anchor != null && nightOf(text, t, j, wd)) {
            return new DateMatch(i, j + 2, DateAnchor.night(anchor, wd).toString(), 1);
        }
        if (wd != null) {
            int end = j + 1;
            String marker = lexicon.marker(t, end);
            if (marker != null) {
                end++;
            }
            return new DateMatch(i, end, anchor == null ? null
                    : DateAnchor.shifted(anchor, DateAnchor.weekday(anchor, wd, marker).toString(), partShift), 1);
        }
        if (part || dayWord) {
            return null;
        }
        DateMatch dm = dayMonth(t, j, anchor);
        if (dm != null) {
            return dm;
        }
        return monthOnly(t, j, anchor);
    }

    /**
     * Length of a relative word in brackets right after a relative day ("اليوم (أمس)", "غدا (اليوم)"), or 0:
     * a paper quoting a source or a wire of the day before writes the source's word and its own after it.
     */
    private int bracketedRelative(String text, List<Token> t, int k) {
        if (k == 0 || k >= t.size() || !text.substring(t.get(k - 1).end(), t.get(k).start()).strip().equals("(")) {
            return 0;
        }
        int rel = lexicon.phraseLength(t, k, "relative");
        if (rel == 0) {
            return 0;
        }
        int after = t.get(k + rel - 1).end();
        String rest = text.substring(after, Math.min(text.length(), after + 3)).stripLeading();
        return rest.startsWith(")") ? rel : 0;
    }

    /** "ليل الاثنين - الثلاثاء": the weekday at j, a dash, then the next day's name. */
    private boolean nightOf(String text, List<Token> t, int j, int wd) {
        if (j + 1 >= t.size()) {
            return false;
        }
        String between = text.substring(t.get(j).end(), t.get(j + 1).start()).strip();
        Integer next = lexicon.weekday(t, j + 1, true);
        return next != null && next == wd % 7 + 1 && between.length() == 1 && "-–/".indexOf(between.charAt(0)) >= 0;
    }

    /** "24 مارس / آذار الماضي", "السابع من أبريل/ نيسان", "7 من شهر أبريل الجاري", "13 الشهر الجاري". */
    private DateMatch dayMonth(List<Token> t, int i, LocalDate anchor) {
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
        if (t.get(j).text().equals(OF)) {
            j++;
        }
        if (j < t.size() && lexicon.isCue("month-cue", t.get(j).text())) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        int rel = lexicon.phraseLength(t, j, "relative");
        String offset = rel > 0 ? lexicon.word(lexicon.key(t, j, rel)).value() : null;
        if (offset != null && offset.endsWith("m")) {
            if (anchor == null) {
                return new DateMatch(i, j + rel, null, 1);
            }
            LocalDate month = anchor.plusMonths(Long.parseLong(offset.replace("m", "").replace("+", "")));
            return new DateMatch(i, j + rel, DateAnchor.day(month.getYear(), month.getMonthValue(), day), 1);
        }
        MonthName m = lexicon.month(t, j);
        if (m == null) {
            return null;
        }
        int end = j + m.length();
        boolean hijriMonth = m.hijri();
        end = alternateMonth(t, end, hijriMonth);
        Integer year = hijriMonth ? hijriYear(t, end) : year(t, end);
        String marker = null;
        if (year != null) {
            end += hijriYearLength(t, end, hijriMonth);
        } else {
            marker = lexicon.marker(t, end);
            if (marker != null) {
                end++;
            }
        }
        if (year == null && anchor == null) {
            return new DateMatch(i, end, null, 1);
        }
        if (hijriMonth) {
            int y = year != null ? year : DateAnchor.inferHijriYear(anchor, m.month(), day, marker);
            return new DateMatch(i, end, DateAnchor.hijriDay(y, m.month(), day), 1);
        }
        int y = year != null ? year : DateAnchor.inferYear(anchor, m.month(), day, marker);
        return new DateMatch(i, end, DateAnchor.day(y, m.month(), day), 1);
    }

    /** "شهر أيار الماضي", "آذار 2011", "تموز": a month, precision 3. */
    private DateMatch monthOnly(List<Token> t, int i, LocalDate anchor) {
        int j = i;
        boolean cue = false;
        if (lexicon.isCue("month-cue", t.get(j).text()) || lexicon.isCue("month-cue", stem(t.get(j).text()))) {
            j++;
            cue = true;
        }
        if (j >= t.size()) {
            return null;
        }
        MonthName m = lexicon.month(t, j);
        if (m == null) {
            return null;
        }
        int end = j + m.length();
        boolean hijriMonth = m.hijri();
        int alt = alternateMonth(t, end, hijriMonth);
        cue |= alt > end || !m.ambiguous();
        end = alt;
        Integer year = hijriMonth ? hijriYear(t, end) : year(t, end);
        String marker = null;
        if (year != null) {
            end += hijriYearLength(t, end, hijriMonth);
            cue = true;
        } else {
            marker = lexicon.marker(t, end);
            if (marker != null) {
                end++;
                cue = true;
            }
        }
        if (!cue) {
            return null;
        }
        if (year == null && anchor == null) {
            return new DateMatch(i, end, null, 3);
        }
        if (hijriMonth) {
            int y = year != null ? year : DateAnchor.inferHijriYear(anchor, m.month(), 1, marker);
            // a Hijri month is dated by the Gregorian month it starts in
            String first = DateAnchor.hijriDay(y, m.month(), 1);
            return new DateMatch(i, end, first == null ? null : first.substring(0, 7), 3);
        }
        int y = year != null ? year : DateAnchor.inferYear(anchor, m.month(), 1, marker);
        return new DateMatch(i, end, IsoDate.yearMonth(y, m.month()), 3);
    }

    /** "عام 2018", "عامي 2017 و 2018": years, precision 3. */
    private List<DateMatch> years(List<Token> t, int i) {
        String s = stem(t.get(i).text());
        if (!lexicon.isCue("year-cue", s)) {
            return List.of();
        }
        List<DateMatch> out = new ArrayList<>();
        Integer y = year(t, i + 1);
        if (y == null) {
            return out;
        }
        out.add(new DateMatch(i, i + 2, String.valueOf(y), 3));
        int k = i + 2;
        if (k < t.size() && t.get(k).text().equals(AND) && year(t, k + 1) != null) {
            out.add(new DateMatch(k + 1, k + 2, String.valueOf(year(t, k + 1)), 3));
        } else if (k < t.size() && t.get(k).text().startsWith(AND) && t.get(k).text().length() == 5) {
            Integer y2 = yearValue(t.get(k).text().substring(1));
            if (y2 != null) {
                out.add(new DateMatch(k, k + 1, String.valueOf(y2), 3));
            }
        }
        return out;
    }

    /** 2018/07/02, 02/07/2018, 2018-07-02: the text between the numbers is one separator. */
    private DateMatch numericDate(String text, List<Token> t, int i) {
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
            return new DateMatch(i, i + 3, d.toString(), 1);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** A Hijri year (1300-1600) at k, written "1436", "1436هـ" or "1436 هـ". */
    private Integer hijriYear(List<Token> t, int k) {
        if (k >= t.size()) {
            return null;
        }
        String w = t.get(k).text();
        if (!w.isEmpty() && lexicon.isCue("hijri-era", w.substring(w.length() - 1))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(w);
            return y >= 1300 && y <= 1600 ? y : null;
        }
        return null;
    }

    private int hijriYearLength(List<Token> t, int k, boolean hijriMonth) {
        return hijriMonth && k + 1 < t.size() && lexicon.isCue("hijri-era", t.get(k + 1).text()) ? 2 : 1;
    }

    /** Skips a second name of the same month in the same calendar: "مارس / آذار", "أبريل/ نيسان". */
    private int alternateMonth(List<Token> t, int end, boolean hijriMonth) {
        if (end < t.size()) {
            MonthName m = lexicon.month(t, end);
            if (m != null && m.hijri() == hijriMonth) {
                return end + m.length();
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

    /**
     * Whether an expression may start at this word: digits (numeric dates, "24 مارس", "و2015"),
     * a starter read through its proclitics, or an ordinal day ("السابع"). Every test of
     * {@link #at} on its first word is one of these, so a word failing them starts nothing.
     */
    private boolean mayStart(Word word) {
        Boolean memo = starts.get(word);
        if (memo == null) {
            String w = word.text();
            memo = hasDigit(w) || starters.contains(stem(w)) || starters.contains(w) || numbers.isOrdinal(w);
            starts.put(word, memo);
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

    private String stem(String w) {
        return lexicon.stem(w);
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
        if (w.length() > 1 && DIGIT_PROCLITICS.indexOf(w.charAt(0)) >= 0 && Character.isDigit(w.charAt(1))) {
            return 1;
        }
        return 0;
    }
}
