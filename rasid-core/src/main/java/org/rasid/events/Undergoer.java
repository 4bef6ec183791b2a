package org.rasid.events;

import java.util.List;
import org.rasid.text.CliticSplitter;

/**
 * The side that underwent an attack told as the ل complement of a verb of undergoing (event_words.tsv
 * undergo): "تعرض فريق تابع للأمم المتحدة لإطلاق نار", "قوات النظام تعرضت لهجوم". Its subject, between
 * the verb and the attack or right before the verb, was hit: it is the event's second side, never the
 * striker the nearest-subject reading would make it.
 */
final class Undergoer {
    /** Words from the verb of undergoing to the attack ("تعرض فريق استطلاع تابع للأمم المتحدة لإطلاق"). */
    private static final int REACH = 6;

    private Undergoer() {
    }

    /** The undergoing side of the trigger, or null when the trigger is no complement of such a verb. */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, EventWords words) {
        if (!t.prefix().startsWith(CliticSplitter.LAM) || !t.trigger().isViolent()) {
            return null;
        }
        int clause = s.clause[t.tokenStart()];
        for (int v = t.tokenStart() - 1; v >= Math.max(0, t.tokenStart() - REACH) && s.clause[v] == clause; v--) {
            if (!s.bareOrAfterAnd(v, words.of("undergo"))) {
                continue;
            }
            RoledActor before = null;
            for (RoledActor a : actors) {
                boolean between = a.token() > v && a.tokenEnd() <= t.tokenStart();
                if (between && s.clause[a.token()] == clause && a.role() != RoledActor.Role.AGENT) {
                    return a; // "تعرض فريق تابع للأمم المتحدة لإطلاق نار"
                }
                boolean subject = a.role() == RoledActor.Role.NONE && !s.word(a.token()).startsWith(CliticSplitter.LAM)
                        || owned(s, a);
                if (a.tokenEnd() == v && s.clause[a.token()] == clause && subject) {
                    // "قوات النظام تعرضت لهجوم", "فريق تابع للأمم المتحدة تعرض"; not "المنطقة الحدودية للعراق
                    // تعرضت": a subject carries no ل unless it owns the noun before
                    before = a;
                }
            }
            return before;
        }
        return null;
    }

    /** "فريق تابع للأمم المتحدة": the owner named right after تابع stands for the noun it owns. */
    private static boolean owned(Sentence s, RoledActor a) {
        return s.cueEndsAt("owner", a.token());
    }
}
