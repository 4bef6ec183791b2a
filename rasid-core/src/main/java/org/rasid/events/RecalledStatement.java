package org.rasid.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.time.IsoDate;

/**
 * A statement the story dates a week or more before it was published is recalled background
 * (the guidelines: "Recalled statements are background"): "في حين قال لودريان في الثامن من شهر
 * فبراير الحالي أن", "وفي الأسبوع الماضي قال الأسد", "واتهمت دمشق في التاسع من نيسان". A weekday
 * ("قال الوزير الثلاثاء") always falls within the last six days, so only a calendar date or a
 * past week reaches back so far. A date told inside what is said ("قال إن 55 صاروخا أطلقت
 * الأسبوع الماضي") dates the matter reported, not the statement.
 */
final class RecalledStatement {
    /** More days than a weekday name can reach back. */
    private static final int WEEK = 6;
    private static final Set<String> THAT = Particles.words("complementizer");

    private RecalledStatement() {
    }

    /** Whether {@code e} is a statement (an act of saying) its own date puts a week or more before publication. */
    static boolean recalled(Event e) {
        if (e.acledType() != null || !StatementGrouper.said(e.cameo()) || e.evidence() == null
                || e.eventDate() == null || e.eventDate().length() != 10 || e.sources() == null || e.sources().isEmpty()
                || e.sources().get(0).published() == null) {
            return false;
        }
        // the dates first: most statements are of the week, and the words between verb and date are
        // normalised and tokenised to tell whether the date is inside what is said
        LocalDate told = IsoDate.leading(e.eventDate(), false);
        LocalDate published = IsoDate.leading(e.sources().get(0).published(), false);
        if (told == null || published == null || ChronoUnit.DAYS.between(told, published) <= WEEK) {
            return false;
        }
        Evidence.Part trigger = e.evidence().part(Evidence.TRIGGER);
        Evidence.Part date = e.evidence().part("date");
        return trigger != null && date != null && !inContent(e.evidence(), trigger, date);
    }

    /** The date comes after the verb and a "إن"/"أن" that opens what is said. */
    static boolean inContent(Evidence ev, Evidence.Part trigger, Evidence.Part date) {
        if (date.start() < trigger.end()) {
            return false;
        }
        int from = Math.max(0, trigger.end() - ev.start());
        int to = Math.min(ev.sentence().length(), date.start() - ev.start());
        if (from >= to) {
            return false;
        }
        String between = ArabicNormalizer.normalizeTerm(ev.sentence().substring(from, to));
        return ArabicTokenizer.tokenize(between).stream().anyMatch(t -> THAT.contains(t.text()));
    }
}
