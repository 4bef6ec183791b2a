package org.rasid.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.text.NormalizedText;

/**
 * Dates an event: the date mention nearest its trigger in its clause (not the day a source
 * spoke), else the publication date with week precision. Drops what is history rather than
 * news: a date over 400 days before publication, a year alone, an earlier year named in the
 * clause, and background without a date of its own.
 */
final class EventDater {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[89][0-9]|20[0-4][0-9])(?![0-9])");

    private EventDater() {
    }

    /** The dating of a candidate, or null when it is not to be coded. */
    static Dating date(Sentence s, Candidate c, List<Arguments.Date> dates, LocalDate anchor, LocalDate reference) {
        TriggerMention t = c.t();
        Arguments.Date date = dateOf(s, t, dates);
        if (c.modality() == Modality.BACKGROUND && (date == null || date.date() == null)) {
            return null; // background without its own date: not coded again
        }
        if (date != null && date.date() != null && date.date().length() >= 7) {
            String eventDate = date.date();
            int precision = eventDate.length() == 7 ? 3 : date.precision();
            LocalDate d = parseDate(eventDate.length() == 7 ? eventDate + "-01" : eventDate);
            if (d != null && reference != null && d.isBefore(reference.minusDays(400))) {
                // history ("آذار 2011"), not news
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
            return new Dating(date, anchor.toString(), 2, null);
        }
        return new Dating(date, null, 0, null);
    }

    /** The date nearest the trigger, in its clause first, not right after a reporting verb. */
    static Arguments.Date dateOf(Sentence s, TriggerMention t, List<Arguments.Date> dates) {
        Arguments.Date best = null;
        int bestScore = Integer.MAX_VALUE;
        int clause = s.clause[t.tokenStart()];
        for (Arguments.Date d : dates) {
            int tok = s.tokenOf(d.span());
            if (tok < 0) {
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

    /** "قال مصدر لسمارت الاثنين": the day of the report, not of the event. */
    private static boolean reportingDate(Sentence s, int tok) {
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
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10).replace('/', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
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
