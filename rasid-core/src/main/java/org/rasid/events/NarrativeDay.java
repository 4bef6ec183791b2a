package org.rasid.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The day a story tells, for its sentences that name none. A report names its day once ("قتل 18
 * شخصا أمس في سقوط صاروخ"), and the sentences after it tell the same day without repeating it
 * ("وأفاد المرصد أن الصاروخ سقط على حي المغاير"): a sentence without a date of its own takes the
 * last day named before it, and a lead that names none the first day the story names ("... وفجر
 * الخميس انطلق نحو 20 صاروخا"). Only the news days carry (today, أمس, أول من أمس: an older day is
 * an earlier item or background), and not the day a source spoke ("قال المرصد يوم الأربعاء"), the
 * start of a span ("منذ 18 فبراير") nor a day told as what had happened before ("وكانت ... قد
 * انتهت، السبت"). A day older than the one told so far does not take over when a relative clause names it
 * ("اتفاق التسوية، الذي خرج بموجبه مئات المقاتلين الأحد" after a Monday lead): it describes a noun by an
 * earlier act, and the sentences after it go on with the story's day. A story that names no news day but
 * only the day its sources spoke ("وذكرت مصادر محلية سورية، مساء الأحد، أن ...") tells that day: a wire
 * dates what it reports by when it was said, and its other sentences go on with it.
 */
final class NarrativeDay {
    /** A day named up to this many days before publication is the news of the report ("أول من أمس"). */
    static final int RECENT_DAYS = 2;

    private NarrativeDay() {
    }

    /**
     * For each sentence, the day it tells when it names none, or null.
     *
     * @param dates  the date mentions of each sentence, in story order
     * @param anchor the publication date (the day relative days were read from), or null
     */
    static LocalDate[] of(List<Sentence> sentences, List<List<Arguments.Date>> dates, LocalDate anchor) {
        LocalDate[] told = tell(sentences, dates, anchor, false);
        for (LocalDate day : told) {
            if (day != null) {
                return told;
            }
        }
        // "وذكرت مصادر محلية، مساء الأحد، أن ...": a story that names no day but the day its sources spoke
        // tells that day; its other sentences go on with it rather than with the publication week
        return tell(sentences, dates, anchor, true);
    }

    /** The days told, the days sources spoke counted as news days when {@code reports} is set. */
    private static LocalDate[] tell(List<Sentence> sentences, List<List<Arguments.Date>> dates, LocalDate anchor,
                                    boolean reports) {
        LocalDate[] told = new LocalDate[sentences.size()];
        if (anchor == null) {
            return told;
        }
        LocalDate first = null;
        LocalDate last = null;
        for (int k = 0; k < sentences.size(); k++) {
            told[k] = last;
            for (Arguments.Date d : dates.get(k)) {
                LocalDate day = carried(sentences.get(k), d, anchor, reports);
                if (day != null && last != null && day.isBefore(last) && describing(sentences.get(k), d)) {
                    continue; // "الاتفاق، الذي خرج بموجبه المقاتلون الأحد" after a Monday lead: an earlier act
                }
                if (day != null) {
                    last = day;
                    first = first == null ? day : first;
                }
            }
        }
        for (int k = 0; k < told.length && told[k] == null; k++) {
            told[k] = first; // a lead before the day is named
        }
        return told;
    }

    /**
     * Whether a mention stands in a relative clause ("التي ارتكبتها قوات الأسد أول من أمس"): it describes a
     * noun by an act of its own, which keeps the story's day when it is older than the day told so far.
     */
    private static boolean describing(Sentence s, Arguments.Date d) {
        int tok = s.tokenOf(d.span());
        return tok >= 0 && s.relativeClauseBefore(tok);
    }

    /** The day a mention names, when it dates the news of the story rather than a source or a span. */
    private static LocalDate carried(Sentence s, Arguments.Date d, LocalDate anchor, boolean reports) {
        if (d.date() == null || d.date().length() != 10 || d.precision() != 1) {
            return null;
        }
        LocalDate day = EventDater.parseDate(d.date());
        if (day == null || day.isAfter(anchor) || day.isBefore(anchor.minusDays(RECENT_DAYS))) {
            return null;
        }
        int tok = s.tokenOf(d.span());
        return tok < 0 || EventDater.since(s, tok) || !reports && EventDater.reportingDate(s, tok) || s.pluperfectBefore(tok)
                ? null : day;
    }
}
