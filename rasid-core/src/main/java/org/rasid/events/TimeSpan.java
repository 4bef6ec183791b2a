package org.rasid.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.quantity.NumberParser;
import org.rasid.text.CliticSplitter;
import org.rasid.time.DurationUnits;

/**
 * A span of time longer than a day told in a violent act's clause ("قتل أكثر من ألف مدني خلال 3
 * أسابيع", "في 34 يوما من هجمات النظام", "خلال الأسبوعين الأولين", "على مدى أشهر"), or a campaign
 * dated from its start ("ومنذ بدء حملتها قبل ثلاثة أسابيع، قتل 630"): the act is a summary of many
 * days, not one incident (ACLED codes what happened on a day). Built from the duration units the dater
 * knows (time-words.tsv unit, through {@link DurationUnits}; event_words.tsv span_end) after a preposition of extent (particles.tsv
 * span_opener). A span after the act belongs to it only in its segment and when nothing else it could measure stands
 * between: another trigger ("بعد هجوم شنته على مدى 8 أسابيع"), a relative clause, or a pronoun that
 * opens a description ("حادث هو الثالث من نوعه خلال يومين").
 */
final class TimeSpan {
    private static final Set<String> OPENER = Particles.words("span_opener");
    /** Openers of a span before a singular unit and its adjective ("خلال الشهر الماضي"; not "في الأسبوع الماضي"). */
    private static final Set<String> DURING = Particles.words("during_opener");
    /** Openers that span by themselves, even before a singular unit ("على مدى شهر", "طيلة عام"). */
    private static final Set<String> EXTENT = Particles.words("extent_opener");
    private static final Set<String> SELF = Particles.words("self_pronoun");
    /** Words of approximation between the opener and its number ("خلال أكثر من 3 أسابيع", "في نحو 10 أيام"). */
    private static final Set<String> QUALIFIERS = Particles.words("span_qualifier");
    private static final String AGO = Particles.word("ago");
    /** Each opener and "ago" behind a conjunction ("وخلال"): what {@link #bare} strips, looked up whole. */
    private static final Set<String> WITH_CONJUNCTION = withConjunction();
    private static final String SINCE = Particles.word("since");
    private static final String ARTICLE = CliticSplitter.ARTICLE;
    private static final NumberParser NUMBERS = NumberParser.load();
    private static final DurationUnits UNITS = DurationUnits.standard();
    /** Qualifiers between the opener and its number ("خلال أكثر من 3 أسابيع", "في نحو 10 أيام"). */
    private static final int QUALIFIER = 2;
    /** Words between a unit and the adjective that closes the span ("الأسابيع السبعة الأخيرة"). */
    private static final int BEFORE_END = 1;
    private static final int YEAR_DIGITS = 4;
    /** Hours beyond this many span more than one day. */
    private static final int HOURS_IN_DAY = 24;

    private final EventWords words;

    TimeSpan(EventWords words) {
        this.words = words;
    }

    /** Whether trigger t's act is told over a span of days in its clause (see the class comment). */
    boolean summarises(Sentence s, TriggerMention t, List<TriggerMention> all) {
        int clause = s.clause[t.tokenStart()];
        boolean since = false;
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.clause[i] != clause || i >= t.tokenStart() && i < t.tokenEnd()) {
                continue;
            }
            String w = s.word(i);
            since |= i < t.tokenStart() && w.endsWith(SINCE);
            int end = OPENER.contains(bare(s, i)) ? spanEnd(s, i)
                    : since && i < t.tokenStart() && AGO.equals(bare(s, i)) ? countedEnd(s, i + 1) : -1;
            if (end < 0 || s.clause[end - 1] != clause) {
                continue;
            }
            if (end <= t.tokenStart() || i >= t.tokenEnd() && s.segment[i] == s.segment[t.tokenEnd() - 1]
                    && measuresTrigger(s, t, all, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the toll counted at token {@code count} is a total over days: a span of time or a campaign
     * since ("منذ 18 شباط", "منذ 3 أسابيع"; not "منذ صباح اليوم") in its segment (not past a relative pronoun), or before it in its clause
     * ("وتشن قوات النظام منذ 18 شباط حملة …، ما تسبب بمقتل أكثر من 850 مدنيا"). A toll told before منذ, or
     * before a span in another segment, stays the day's ("قتل 5 مدنيين اليوم لترتفع الحصيلة منذ بدء الحملة إلى 300").
     */
    boolean totalOverDays(Sentence s, int count) {
        int opening = -1;
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.clause[i] != s.clause[count] || i > count && s.segment[i] != s.segment[count]) {
                continue;
            }
            opening = opening < 0 ? s.segment[i] : opening;
            if (i > count && s.isRelative(i)) {
                return false; // "في بلدة … التي تحاصرها منذ 2013": a relative clause describes the place
            }
            // منذ governs the toll after it in its segment, or from the clause's first segment, where it dates
            // the main verb ("وتشن قوات النظام منذ 18 شباط حملة …، ما تسبب بمقتل 850"); not a year, which
            // describes a state ("الغوطة المحاصرة منذ عام 2013")
            boolean since = i < count && s.word(i).endsWith(SINCE) && !sinceDayPart(s, i) && !sinceYear(s, i)
                    && (s.segment[i] == s.segment[count] || s.segment[i] == opening);
            if (since || OPENER.contains(bare(s, i)) && spanEnd(s, i) > 0 || duringCampaign(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "لقي أكثر من 400 شخص مصرعهم جراء قصف للنظام خلال حملة التصعيد الأخيرة": a campaign noun
     * (event_words.tsv campaign) after an opener of duration names days of strikes, so a toll in its
     * clause is their sum; not after في, which may place one strike in a campaign ("قتلوا في حملة دهم").
     */
    private boolean duringCampaign(Sentence s, int i) {
        return i + 1 < s.tokens.size() && DURING.contains(bare(s, i)) && words.is("campaign", s.word(i + 1));
    }

    /** "منذ 2013", "منذ عام 2011": منذ then a year. */
    private boolean sinceYear(Sentence s, int since) {
        int y = since + 1 < s.tokens.size() && unit(s.word(since + 1)) != null ? since + 2 : since + 1;
        return y < s.tokens.size() && s.word(y).length() == YEAR_DIGITS && s.word(y).chars().allMatch(Character::isDigit);
    }

    /** "منذ صباح أمس", "منذ فجر اليوم": منذ then a part of the day (event_words.tsv day_part) starts today's event. */
    boolean sinceDayPart(Sentence s, int since) {
        int next = since + 1;
        if (!s.word(since).endsWith(SINCE) || next >= s.tokens.size()) {
            return false;
        }
        String w = s.word(next);
        return words.is("day_part", w) || w.startsWith(ARTICLE) && words.is("day_part", w.substring(ARTICLE.length()));
    }

    /** The end of a span opened at token i, or -1. */
    private int spanEnd(Sentence s, int i) {
        int j = i + 1;
        while (j < s.tokens.size() && j <= i + QUALIFIER && QUALIFIERS.contains(s.word(j))) {
            j++;
        }
        int counted = countedEnd(s, j);
        if (counted > 0) {
            return counted;
        }
        int u = i + 1;
        if (u >= s.tokens.size()) {
            return -1;
        }
        String unit = unit(s.word(u));
        if (unit == null) {
            return -1;
        }
        for (int k = u + 1; k <= u + 1 + BEFORE_END && k < s.tokens.size(); k++) {
            if (words.is("span_end", s.word(k))) {
                // "خلال الأيام الماضية", "خلال الأسبوعين الأولين", "خلال الشهر الماضي"; not "في اليوم الأول"
                boolean singular = !UNITS.isPlural(unit) && !UNITS.isDual(unit);
                return UNITS.isDay(unit) || singular && !DURING.contains(bare(s, i)) ? -1 : k + 1;
            }
        }
        boolean extent = EXTENT.contains(bare(s, i)) && !UNITS.isDay(unit);
        // "خلال يومين", "على مدى أشهر"; a bare plural after خلال/في ("خلال أيام") may be a deadline ahead
        return extent || UNITS.isDual(unit) ? u + 1 : -1;
    }

    /** A number of two or more then a unit at token j ("3 أسابيع", "34 يوما", "ثلاثة أسابيع"): its end, or -1. */
    private int countedEnd(Sentence s, int j) {
        if (j < s.tokens.size() && ARTICLE.equals(s.word(j))) {
            j++; // "الـ 48 ساعة": the article written apart from its number
        }
        if (j + 1 < s.tokens.size() && unit(s.word(j + 1)) == null && hours(s.word(j + 1))) {
            // "خلال الـ48 ساعة": hours longer than a day span days; "خلال 24 ساعة" is the day's report
            return count(s.word(j)) > HOURS_IN_DAY ? j + 2 : -1;
        }
        if (j + 1 >= s.tokens.size() || unit(s.word(j + 1)) == null) {
            return j < s.tokens.size() && UNITS.isDual(unitOrSelf(s.word(j))) ? j + 1 : -1;
        }
        return count(s.word(j)) >= 2 ? j + 2 : -1;
    }

    /** The number a word writes (digits, with or without the article, or a number word), or -1. */
    private static long count(String w) {
        String d = w.startsWith(ARTICLE) ? w.substring(ARTICLE.length()) : w;
        if (!d.isEmpty() && d.length() <= 4 && d.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(d);
        }
        return NUMBERS.isNumberWord(w) ? NUMBERS.parse(w).orElse(-1) : -1;
    }

    /** Whether a word is a unit of hours, with or without the article. */
    private boolean hours(String w) {
        return UNITS.isHours(w) || w.startsWith(ARTICLE) && UNITS.isHours(w.substring(ARTICLE.length()));
    }

    /** The unit a word spells, with or without the article, or null. */
    private String unit(String w) {
        if (UNITS.isUnit(w)) {
            return w;
        }
        return w.startsWith(ARTICLE) && UNITS.isUnit(w.substring(ARTICLE.length()))
                ? w.substring(ARTICLE.length()) : null;
    }

    private String unitOrSelf(String w) {
        String u = unit(w);
        return u == null ? w : u;
    }

    /** Whether a span after the trigger measures it, not something told between them. */
    private static boolean measuresTrigger(Sentence s, TriggerMention t, List<TriggerMention> all, int span) {
        for (int i = t.tokenEnd(); i < span; i++) {
            if (s.isRelative(i) || SELF.contains(s.word(i))) {
                return false;
            }
        }
        for (TriggerMention o : all) {
            if (o != t && o.tokenStart() >= t.tokenEnd() && o.tokenStart() < span) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word without a leading و or ف ("وخلال") when an opener or "ago" follows it. The word is
     * looked up whole: cutting the rest off every word that starts with و, to look it up, was
     * a substring each (most of them no opener).
     */
    private static String bare(Sentence s, int i) {
        String w = s.word(i);
        return w.length() > 2 && CliticSplitter.CONJUNCTIONS.indexOf(w.charAt(0)) >= 0
                && WITH_CONJUNCTION.contains(w)
                ? w.substring(1) : w;
    }

    private static Set<String> withConjunction() {
        Set<String> out = new HashSet<>();
        for (char c : CliticSplitter.CONJUNCTIONS.toCharArray()) {
            for (String w : OPENER) {
                out.add(c + w);
            }
            out.add(c + AGO);
        }
        return Set.copyOf(out);
    }
}
