package org.rasid.events;

import java.util.ArrayList;
import java.util.List;

/**
 * "قصفت الفصائل بلدتي كفريا والفوعة، ردا على هجوم النظام على الزبداني": the places of a motive
 * clause (event_cues.tsv {@code motive}) that follows the trigger name what the act answers, not
 * where it happened. A trigger inside the motive clause keeps them.
 */
final class MotiveClause {
    private MotiveClause() {
    }

    /** The places not inside a motive clause opened after the trigger, in its sentence. */
    static List<Arguments.Place> outside(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        List<EventCues.Cue> motives = s.cues("motive");
        if (motives.isEmpty()) {
            return places;
        }
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            if (!answered(s, t, motives, s.tokenOf(p.span()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean answered(Sentence s, TriggerMention t, List<EventCues.Cue> motives, int tok) {
        if (tok < 0) {
            return false;
        }
        for (EventCues.Cue m : motives) {
            // the motive runs to the end of its clause ("…، فيما قتل 5 في X" is news again)
            if (m.tokenStart() >= t.tokenEnd() && tok >= m.tokenEnd() && s.clause[tok] == s.clause[m.tokenStart()]) {
                return true;
            }
        }
        return false;
    }
}
