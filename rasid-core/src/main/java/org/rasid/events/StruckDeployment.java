package org.rasid.events;

import java.util.List;

/**
 * A convoy or a base named as what a violent act of its clause hit ("هاجموا الأربعاء رتلا لقوات النظام",
 * "استهدفت ضربات جوية ليل السبت - الأحد رتلا لقوات إيرانية"): the target of that act, not a deployment
 * of its own (a Headquarters or base established). The base word stands a few words after the violent
 * trigger, in its clause, and is an object hit (event_words.tsv struck_object).
 */
final class StruckDeployment {
    /** The trigger family of bases and deployments (triggers.tsv). */
    private static final String BASE = "base";
    /** How far after the violent trigger the object may stand (as AttackedSite's reach). */
    private static final int REACH = 6;

    private StruckDeployment() {
    }

    /** Whether a base trigger is the object a violent trigger of its clause hit. */
    static boolean hit(Sentence s, TriggerMention base, List<TriggerMention> triggers, EventWords words) {
        if (!BASE.equals(base.trigger().family()) || !s.bareOrAfterAnd(base.tokenStart(), words.of("struck_object"))) {
            return false;
        }
        int clause = s.clause[base.tokenStart()];
        for (TriggerMention t : triggers) {
            if (t.trigger().isViolent() && !t.trigger().isOutcome() && t.tokenEnd() <= base.tokenStart()
                    && base.tokenStart() - t.tokenEnd() <= REACH && s.clause[t.tokenStart()] == clause) {
                return true;
            }
        }
        return false;
    }
}
