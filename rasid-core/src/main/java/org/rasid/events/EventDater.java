package org.rasid.events;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.lexicon.Particles;
import org.rasid.text.NormalizedText;
import org.rasid.time.IsoDate;

/**
 * Dates an event: the date mention nearest its trigger in its clause (not the day a source
 * spoke, not the start of a span after "منذ"), else the publication date with week precision.
 * Drops what is history rather than news: a day over two weeks, or a month begun over a month, before
 * publication (a recalled incident: news reports the last days), a year alone, an earlier year named in the clause,
 * and background without a date of its own.
 */
final class EventDater {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[89][0-9]|20[0-4][0-9])(?![0-9])");
    /** An event dated this many days before publication is recalled, not reported. */
    private static final int RECALLED_DAYS = 30;
    /**
     * A day told over two weeks before publication is recalled too: news tells the last days, and an incident
     * recalled weeks later is optional background (docs/annotation.md "Old incidents"). Not one week: a death
     * announced now may have happened a fortnight before ("قتل في ضربة جوية ... في الثامن من يوليو").
     */
    private static final int RECALLED_DAY_DAYS = 14;
    /** Without a publication date the reference is only the latest year named: keep a wide margin. */
    private static final int HISTORY_DAYS = 400;
    /** A span begun this many days before publication ("منذ صباح أمس") still dates the fighting of the day. */
    private static final int ONGOING_DAYS = 2;
    /** منذ this close after a trigger (one word between: "محادثات جارية منذ") gives the act its time. */
    private static final int SINCE_AFTER = 2;
    /** "منذ 18 فبراير": the date after "since" starts a span, it does not date one event. */
    private static final String SINCE = Particles.word("since");

    private EventDater() {
    }

    /** The dating of a candidate, or null when it is not to be coded. */
    static Dating date(Sentence s, Candidate c, List<Arguments.Date> dates, LocalDate anchor, LocalDate reference) {
        return date(s, c, dates, anchor, reference, null);
    }

    /**
     * The same, where a sentence without a date of its own tells {@code told} ({@link NarrativeDay}), when
     * not null, rather than the publication week.
     */
    static Dating date(Sentence s, Candidate c, List<Arguments.Date> dates, LocalDate anchor, LocalDate reference,
                       LocalDate told) {
        TriggerMention t = c.t();
        Arguments.Date date = dateOf(s, t, dates, anchor);
        if (c.modality() == Modality.BACKGROUND && (!ownDay(s, date, anchor) || dayBesideSince(s, t, date))) {
            // background without a day of its own ("قبل أسبوعين", "منذ 18 فبراير"): recalled, not coded again
            return null;
        }
        if (date != null && date.date() != null && date.date().length() >= 7) {
            String eventDate = date.date();
            int precision = eventDate.length() == 7 ? 3 : date.precision();
            LocalDate d = parseDate(eventDate.length() == 7 ? eventDate + "-01" : eventDate);
            int margin = anchor == null ? HISTORY_DAYS : precision == 1 ? RECALLED_DAY_DAYS : RECALLED_DAYS;
            if (d != null && reference != null && d.isBefore(reference.minusDays(margin))) {
                // history ("آذار 2011") or a recalled incident ("في 11 كانون الأول" in May), not news
                return null;
            }
            return new Dating(date, eventDate, precision, s.part("date", date.span()));
        }
        if (date != null && date.date() != null && date.date().length() == 4) {
            return null; // a year alone is too vague for an event
        }
        if (anchor != null) {
            if (earlierYear(s, s.clause[t.tokenStart()], anchor)) {
                // "في صيف 2014", "سنة 2011": history the resolver could not date
                return null;
            }
            // the story's day, not the sentence's own: week precision, as for the publication date
            return new Dating(date, (told != null ? told : anchor).toString(), 2, null);
        }
        return new Dating(date, null, 0, null);
    }

    /**
     * The date nearest the trigger, in its clause first, not right after a reporting verb, and not
     * after publication: "اتفاق يقضي بخروج المسلحين خلال 48 ساعة", "جولة مفاوضات الشهر المقبل" name a
     * deadline or a plan, while what is reported took place by the day it was published.
     */
    static Arguments.Date dateOf(Sentence s, TriggerMention t, List<Arguments.Date> dates, LocalDate anchor) {
        Arguments.Date best = null;
        int bestScore = Integer.MAX_VALUE;
        int clause = s.clause[t.tokenStart()];
        for (Arguments.Date d : dates) {
            int tok = s.tokenOf(d.span());
            if (tok < 0 || since(s, tok) || afterPublication(d, anchor)
                    || s.clause[tok] != clause && s.ownDayClause(tok)) {
                continue;
            }
            int score = Math.abs(tok - t.tokenStart()) + (s.clause[tok] == clause ? 0 : 100)
                    + (reportingDate(s, tok) ? 50 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /** A day, or a month begun, after the publication day. */
    private static boolean afterPublication(Arguments.Date d, LocalDate anchor) {
        String iso = d.date();
        if (anchor == null || iso == null || iso.length() < 7) {
            return false;
        }
        LocalDate day = parseDate(iso.length() == 7 ? iso + "-01" : iso);
        return day != null && day.isAfter(anchor);
    }

    /**
     * A recalled event is coded only with the day it happened: not a week or a month ("قبل أسبوعين",
     * "خلال الأيام الماضية"), not the start of a span ("منذ أسبوعين", "منذ 18 فبراير") unless the span
     * began a day or two ago ("تشن هجوما منذ صباح أمس": fighting still going on).
     */
    private static boolean ownDay(Sentence s, Arguments.Date date, LocalDate anchor) {
        if (date == null || date.date() == null || date.date().length() < 10 || date.precision() != 1) {
            return false;
        }
        int tok = s.tokenOf(date.span());
        if (tok < 0 || !since(s, tok + 1)) {
            return true;
        }
        LocalDate d = parseDate(date.date());
        return anchor != null && d != null && !d.isBefore(anchor.minusDays(ONGOING_DAYS));
    }

    /**
     * "عقب محادثات منذ مايو", "مفاوضات جارية منذ أشهر": a since-phrase right after the trigger is its time, the
     * start of a span; another day of the clause ("وستصل المساعدات السبت") is not the act's own. The since-phrase's
     * own recent day ("اشتباكات مستمرة منذ الأربعاء") is left to {@link #ownDay}.
     */
    static boolean dayBesideSince(Sentence s, TriggerMention t, Arguments.Date date) {
        int tok = date == null ? -1 : s.tokenOf(date.span());
        for (int i = t.tokenEnd(); i < Math.min(s.tokens.size(), t.tokenEnd() + SINCE_AFTER); i++) {
            if (s.clause[i] != s.clause[t.tokenStart()]) {
                return false;
            }
            if (isSince(s, i)) {
                return tok != i && tok != i + 1;
            }
        }
        return false;
    }

    /** "منذ 18 فبراير", "منذ منتصف شهر آذار": the date starts a span (up to two words after منذ). A mention
     * that holds منذ itself ("منذ فجر الجمعة") is kept: it often dates fighting still going on that day. */
    static boolean since(Sentence s, int tok) {
        for (int i = Math.max(0, tok - 3); i < tok; i++) {
            if (isSince(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Word i is منذ, bare or with one proclitic ("ومنذ"). */
    private static boolean isSince(Sentence s, int i) {
        String w = s.word(i);
        return w.endsWith(SINCE) && w.length() <= SINCE.length() + 1;
    }

    /** "قال مصدر لسمارت الاثنين": the day of the report, not of the event. */
    static boolean reportingDate(Sentence s, int tok) {
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= tok && tok - c.tokenEnd() <= 4) {
                return true;
            }
        }
        return false;
    }

    /** "19xx" or "20xx" in ASCII digits (a char check: a regex compiled per word was ~1.5% of the pipeline). */
    static boolean isYear(String w) {
        return w.length() == 4 && (w.charAt(0) == '1' && w.charAt(1) == '9' || w.charAt(0) == '2' && w.charAt(1) == '0')
                && asciiDigit(w.charAt(2)) && asciiDigit(w.charAt(3));
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A year before the publication's named in the trigger's clause. */
    static boolean earlierYear(Sentence s, int clause, LocalDate anchor) {
        for (int i = 0; i < s.tokens.size(); i++) {
            String w = s.word(i);
            if (s.clause[i] == clause && isYear(w) && Integer.parseInt(w) < anchor.getYear()) {
                return true;
            }
        }
        return false;
    }

    static LocalDate parseDate(String iso) {
        return IsoDate.leading(iso, true);
    }

    /** Without a publication date, the latest year the text names stands for "now". */
    static LocalDate latestYearStart(NormalizedText doc) {
        int best = 0;
        Matcher m = YEAR.matcher(doc.text());
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group(1)));
        }
        return best == 0 ? null : LocalDate.of(best, 1, 1);
    }
}
