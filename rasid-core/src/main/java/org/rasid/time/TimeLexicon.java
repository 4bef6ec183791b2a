package org.rasid.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.Token;
import org.rasid.text.WordEndings;

/**
 * The words of dates (time-words.tsv, months.tsv) and how one token or a few tokens read
 * against them: the word through its proclitics ("وأمس", "بآذار"), the longest phrase of a
 * kind, a weekday, a month name, a past/next/current marker. It knows no anchor and makes no
 * date: {@link DateResolver} does that.
 *
 * <p>Safe for many threads after construction (its only state is a concurrent memo).
 */
final class TimeLexicon {
    /** One row of time-words.tsv that is part of a phrase: its kind and value. */
    record Word(String kind, String value) {
    }

    /** Kinds of time-words.tsv that are cues around an expression, not date phrases themselves. */
    private static final Set<String> CUE_KINDS = Set.of("year-cue", "day-cue", "month-cue", "same-day", "qualifier",
            "hijri-era");
    private static final int MAX_PHRASE = 3;
    private static final int STEM_CACHE = 200_000;

    private final Map<String, Word> words = new HashMap<>();
    /** First word of the phrases in {@link #words} -> most words of a phrase starting with it. */
    private final Map<String, Integer> longest = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> hijri = new HashSet<>();
    private final Set<String> ambiguousMonths = new HashSet<>();
    private final Map<String, Map<String, String>> cues = new HashMap<>();
    /** Memo of {@link #stem}: the clitic readings of a word are the costly part of the scan. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    /**
     * The last two letters of every time phrase and month name. Proclitics leave a word's end as
     * it is, so a word that ends like none of them is its own stem: most words of a story, whose
     * first sighting otherwise split them into readings and filled the memo (1.4% of the warm
     * pipeline's samples, through the date scan's gate).
     */
    private final WordEndings endings = new WordEndings();

    TimeLexicon() {
        for (String kind : CUE_KINDS) {
            cues.put(kind, new HashMap<>());
        }
        for (DataFile.Row row : DataFile.readTsv("time-words.tsv")) {
            String phrase = ArabicNormalizer.normalizeTerm(row.get("phrase"));
            String kind = row.get("kind");
            if (CUE_KINDS.contains(kind)) {
                cues.get(kind).put(phrase, ArabicNormalizer.normalizeTerm(row.get("value")));
            } else {
                words.put(phrase, new Word(kind, row.get("value")));
            }
        }
        for (String phrase : words.keySet()) {
            String[] w = phrase.split(" ");
            longest.merge(w[0], w.length, Math::max);
        }
        for (DataFile.Row row : DataFile.readTsv("months.tsv")) {
            readMonth(row);
        }
        words.keySet().forEach(endings::add);
        months.keySet().forEach(endings::add);
    }

    private void readMonth(DataFile.Row row) {
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

    /** First words of every phrase, month name and cue: the words an expression can start at. */
    Set<String> starters() {
        Set<String> starters = new HashSet<>();
        for (String phrase : words.keySet()) {
            starters.add(phrase.split(" ")[0]);
        }
        for (String phrase : months.keySet()) {
            starters.add(phrase.split(" ")[0]);
        }
        starters.addAll(cues.get("year-cue").keySet());
        starters.addAll(cues.get("day-cue").keySet());
        starters.addAll(cues.get("month-cue").keySet());
        return starters;
    }

    /** Whether {@code w} is a cue of that kind (year-cue, day-cue, month-cue, same-day, hijri-era). */
    boolean isCue(String kind, String w) {
        return cues.get(kind).containsKey(w);
    }

    /**
     * For a qualifier before a number ("نحو", "أكثر من"), the word that may follow it and belongs
     * to it ("من"), or "" when none; null when {@code w} is no qualifier.
     */
    String qualifierTail(String w) {
        return cues.get("qualifier").get(w);
    }

    /** The phrase row for a normalised key (first word as {@link #stem}, later words as written). */
    Word word(String key) {
        return words.get(key);
    }

    /** The phrase of {@code len} tokens at k, null when k+len runs past the tokens or none is known. */
    Word word(List<Token> t, int k, int len) {
        return k + len <= t.size() ? words.get(key(t, k, len)) : null;
    }

    /**
     * Length of the longest phrase of {@code kind} at k, first word read through its proclitics; 0 if none.
     * Called at every token by several readers: a word that starts no phrase is told by one look-up,
     * before any key is built.
     */
    int phraseLength(List<Token> t, int k, String kind) {
        if (k >= t.size()) {
            return 0;
        }
        String first = stem(t.get(k).text());
        Integer most = longest.get(first);
        if (most == null) {
            return 0;
        }
        for (int len = Math.min(Math.min(MAX_PHRASE, most), t.size() - k); len >= 1; len--) {
            Word w = words.get(key(first, t, k, len));
            if (w != null && w.kind().equals(kind)) {
                return len;
            }
        }
        return 0;
    }

    String key(List<Token> t, int k, int len) {
        return key(stem(t.get(k).text()), t, k, len);
    }

    /** The key of tokens [k, k + len) whose first word reads as {@code first}. */
    private static String key(String first, List<Token> t, int k, int len) {
        if (len == 1) {
            return first;
        }
        StringBuilder b = new StringBuilder(first);
        for (int x = k + 1; x < k + len; x++) {
            b.append(' ').append(t.get(x).text());
        }
        return b.toString();
    }

    /** past / next / current after a month or weekday ("الماضي", "القادم", "الجاري"), else null. */
    String marker(List<Token> t, int k) {
        if (k >= t.size()) {
            return null;
        }
        Word w = words.get(t.get(k).text());
        if (w != null && (w.kind().equals("past") || w.kind().equals("next") || w.kind().equals("current"))) {
            return w.kind();
        }
        return null;
    }

    /** ISO day of the week at k (1 Monday .. 7 Sunday); a bare name (جمعة) only when {@code bareAllowed}. */
    Integer weekday(List<Token> t, int k, boolean bareAllowed) {
        if (k >= t.size()) {
            return null;
        }
        String form = stem(t.get(k).text());
        Word w = words.get(form);
        if (w != null && w.kind().equals("weekday") && (CliticSplitter.hasArticle(form) || bareAllowed)) {
            return Integer.parseInt(w.value());
        }
        return null;
    }

    /** The month name at token j, through proclitics ("بآذار"), two-word names first; null if none. */
    MonthName month(List<Token> t, int j) {
        if (j + 1 < t.size()) {
            String two = stem(t.get(j).text()) + " " + t.get(j + 1).text();
            Integer m = months.get(two);
            if (m != null) {
                return new MonthName(m, 2, ambiguousMonths.contains(two), hijri.contains(two));
            }
        }
        String s = stem(t.get(j).text());
        Integer m = months.get(s);
        if (m == null) {
            m = months.get(t.get(j).text());
            s = t.get(j).text();
        }
        return m == null ? null : new MonthName(m, 1, ambiguousMonths.contains(s), hijri.contains(s));
    }

    /** The word without its proclitics when that leaves a known time word ("وأمس", "بالأمس"). */
    String stem(String w) {
        if (!endings.mayEndLike(w)) {
            return w; // neither a time word nor one behind proclitics
        }
        if (words.containsKey(w) || months.containsKey(w)) {
            return w;
        }
        String cached = stems.get(w);
        if (cached != null) {
            return cached;
        }
        String found = stemByReadings(w);
        if (stems.size() > STEM_CACHE) {
            stems.clear(); // a bounded memo: most words of a corpus repeat
        }
        stems.put(w, found);
        return found;
    }

    /** {@link #stem} worked out from the word's readings, without the endings' filter or the memo. */
    String stemByReadings(String w) {
        if (words.containsKey(w) || months.containsKey(w)) {
            return w;
        }
        for (CliticSplitter.Reading r : CliticSplitter.readings(w, false)) {
            String form = r.withArticle();
            if (words.containsKey(form) || months.containsKey(form)) {
                return form;
            }
        }
        return w;
    }
}
