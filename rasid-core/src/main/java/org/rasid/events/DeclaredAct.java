package org.rasid.events;

import java.util.List;
import org.rasid.actors.ActorMention;

/**
 * A verbal act in the present tense that its speaker declares in its own words. Arabic reports a
 * condemnation or a blame as a speech verb whose content is the speaker's act now: "وقال الكرملين في
 * بيان إن روسيا تدين بأقصى درجات الحزم الهجوم", "وقال الجيش الإسرائيلي إن قوات الدفاع الإسرائيلي تحمل
 * النظام السوري المسؤولية". The imperfect there is performative: the act is made by saying it, not a
 * stance held ("وتتهم المعارضة النظام"), so it is a statement like the perfect "أدان". The speaker
 * named between the speech verb and the opener of its content (إن/أن or a quotation) must be the act's
 * own actor: a speaker who relates another party's stance ("قال المحلل إن تركيا تتهم") declares nothing.
 */
final class DeclaredAct {
    /** How far after the opener of the content the act may stand (its subject between). */
    private static final int REACH = 6;

    private DeclaredAct() {
    }

    /** Whether t is declared by its own actor1 in the content of a speech verb before it. */
    static boolean declared(Sentence s, TriggerMention t, String actor1, List<ActorMention> actors) {
        if (actor1 == null) {
            return false;
        }
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() > t.tokenStart()) {
                continue;
            }
            int open = SpeechContent.opener(s, c.tokenEnd(), t.tokenStart());
            if (open >= 0 && t.tokenStart() - open <= REACH && spokenBy(s, c.tokenEnd(), open, actor1, actors)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor mention of id {@code actor1} stands between the speech verb and the opener. */
    private static boolean spokenBy(Sentence s, int from, int to, String actor1, List<ActorMention> actors) {
        for (ActorMention m : actors) {
            int tok = s.tokenOf(m.span());
            if (tok >= from && tok < to && actor1.equals(m.actorId())) {
                return true;
            }
        }
        return false;
    }
}
