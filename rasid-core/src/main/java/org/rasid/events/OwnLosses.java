package org.rasid.events;

import java.util.List;

/**
 * A side announcing its own dead ("أعلنت وزارة الدفاع الروسية مقتل 4 جنود روس جراء الهجوم") is the side
 * hit, not the striker: the subject of a report verb (event_cues.tsv {@code report}) whose event toll, told
 * after it, names its own men.
 */
final class OwnLosses {
    /** At most one word (a day, "،") between the report verb and its subject, either order. */
    private static final int GAP = 1;

    private OwnLosses() {
    }

    /**
     * Whether {@code speaker} speaks the sentence and the event's killed or wounded are its own; not when an
     * agent cue right after the trigger carries its striker's pronoun ("مقتل أحد قادته في هجوم شنه"):
     * the speaker's men fell in their own attack.
     */
    static boolean announced(Sentence s, TriggerMention t, RoledActor speaker, List<Arguments.Count> own) {
        if (speaker == null || !speaks(s, speaker)) {
            return false;
        }
        for (EventCues.Cue c : s.cues("agent")) {
            if (c.tokenStart() >= t.tokenEnd() && c.tokenStart() - t.tokenEnd() <= GAP) {
                return false;
            }
        }
        int from = speaker.m().span().end();
        for (Arguments.Count k : own) {
            boolean hurt = "killed".equals(k.role()) || "injured".equals(k.role());
            if (hurt && speaker.id().equals(k.who()) && k.span() != null && k.span().start() >= from) {
                return true;
            }
        }
        return false;
    }

    /** "أعلنت وزارة الدفاع الروسية"، "وزارة الدفاع الروسية أعلنت": the mention is a report verb's subject. */
    private static boolean speaks(Sentence s, RoledActor a) {
        for (EventCues.Cue c : s.cues("report")) {
            boolean after = a.token() >= c.tokenEnd() && a.token() - c.tokenEnd() <= GAP;
            boolean before = c.tokenStart() >= a.tokenEnd() && c.tokenStart() - a.tokenEnd() <= GAP;
            if ((after || before) && s.clause[c.tokenStart()] == s.clause[a.token()]) {
                return true;
            }
        }
        return false;
    }
}
