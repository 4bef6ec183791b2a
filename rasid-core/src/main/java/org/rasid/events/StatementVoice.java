package org.rasid.events;

import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.ArabicNormalizer;

/**
 * Whether two acts of one side are told by two voices of it, and so are two statements
 * (docs/annotation.md: one verbal event per statement act, not per actor). A side speaks through
 * its bodies and officials: "قالت وزارة الدفاع الروسية، السبت، إن الضربات ... لم تستهدف" and then
 * "حمل السفير الروسي لدى واشنطن، أناتولي أنتونوف، الولايات المتحدة ... مسؤولية عواقب الضربات" are a
 * ministry's statement and an ambassador's accusation, each its own event, though both are RUS. Two
 * acts part when each names its speaker in a sentence of its own by words of its own, an office, a body
 * or a person told in two words or more, neither holding the other's words ("وزارة الخارجية
 * الفرنسية" goes on as "الخارجية الفرنسية"), and their acts differ in class. A bare state or capital
 * ("روسيا", "موسكو") or a bare title ("السفير") goes on with whoever of the side spoke, and a
 * sentence going on quoting a speaker ("وأضاف") is that speaker's statement (StatementGrouper).
 */
final class StatementVoice {
    private StatementVoice() {
    }

    /** Whether {@code later} is another voice's act than the statement {@code held} of the same actor. */
    static boolean apart(Event held, Event later) {
        if (held.cameo().equals(later.cameo()) || held.evidence() == null || later.evidence() == null
                || held.evidence().start() == later.evidence().start()) {
            return false;
        }
        String a = ownWords(held);
        String b = ownWords(later);
        return a != null && b != null && !a.contains(b) && !b.contains(a);
    }

    /**
     * The speaker's words, normalised, when its sentence names it in two words or more; null for a
     * speaker named in another sentence or by one word.
     */
    private static String ownWords(Event e) {
        Evidence ev = e.evidence();
        Evidence.Part speaker = ev == null ? null : ev.part("actor1");
        if (speaker == null || speaker.start() < ev.start() || speaker.end() > ev.end() || speaker.text() == null) {
            return null;
        }
        String words = ArabicNormalizer.normalizeTerm(speaker.text()).trim();
        return words.indexOf(' ') > 0 ? words : null;
    }
}
