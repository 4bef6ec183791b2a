package org.rasid.events;

import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.Token;

/**
 * Whether two verbal acts of one speaker in a story are one statement (docs/annotation.md: "one
 * verbal event per statement by one speaker", not one per sentence that quotes it). The sentences
 * that go on quoting a speaker ("وأضاف", "وتابع محذرا") tell no day of their own or the same day;
 * a speaker quoted on two days the story names made two statements, each an event of its own day.
 * Arabic tells the day of a saying between the speaker and what is said: "قال المندوب، الخميس، إن",
 * "وقال مكتب الرئيس، الاثنين، إنه". Any other day in the sentence may be the matter's ("دعت إلى
 * اجتماع الجمعة", "قال: اليوم النزاع"), so two statements part only when one of them tells its day
 * so and the other is dated outside what it says.
 */
final class StatementUnity {
    /** إن/أن and their forms (particles.tsv complementizer): what is said opens. */
    private static final Set<String> THAT = Particles.words("complementizer");

    private StatementUnity() {
    }

    /** Whether {@code later} goes on with the statement {@code held} of the same speaker. */
    static boolean one(Event held, Event later) {
        return !(dated(held) && dated(later) && !held.eventDate().equals(later.eventDate())
                && (ownDay(held) || ownDay(later)));
    }

    /** Whether the statement's sentence has a day outside what is said ("قال إن الغارة وقعت الأحد" has none). */
    static boolean dated(Event e) {
        Evidence.Part trigger = part(e, Evidence.TRIGGER);
        Evidence.Part date = part(e, "date");
        return trigger != null && date != null && !RecalledStatement.inContent(e.evidence(), trigger, date);
    }

    /** Whether the statement's sentence dates the saying itself: a day after the verb, right before إن/أن. */
    static boolean ownDay(Event e) {
        Evidence.Part trigger = part(e, Evidence.TRIGGER);
        Evidence.Part date = part(e, "date");
        if (trigger == null || date == null || date.start() < trigger.end()) {
            return false;
        }
        Evidence ev = e.evidence();
        int from = Math.max(0, Math.min(ev.sentence().length(), date.end() - ev.start()));
        List<Token> after = ArabicTokenizer.tokenize(ArabicNormalizer.normalizeTerm(ev.sentence().substring(from)));
        // "الخميس، إن": the comma between is no word
        return after.stream().filter(t -> Character.isLetter(t.text().charAt(0))).findFirst()
                .map(t -> THAT.contains(t.text())).orElse(false);
    }

    /** The named part of a dated statement's evidence, or null when it has no date or no such part. */
    private static Evidence.Part part(Event e, String name) {
        Evidence ev = e.evidence();
        return ev == null || e.eventDate() == null ? null : ev.part(name);
    }
}
