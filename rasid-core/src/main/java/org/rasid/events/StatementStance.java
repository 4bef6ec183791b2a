package org.rasid.events;

import java.util.Map;

/**
 * The class of a statement from the words of what it says (issue 14, section 5 item 1). A speaker
 * who disapproves often says so not with a verb of condemning but in the content of a plain "قال
 * إن": calling an act a violation, a crime, an aggression or unacceptable ("قال إن الضربة انتهاك
 * صارخ", "إن ما جرى جريمة حرب") is a condemnation (CAMEO 11); calling a proposal rejected
 * ("إن القرار مرفوض") is a rejection (12); calling a claim false or void stays a denial (01). Those words are event_cues.tsv kinds {@code
 * disapproval} and {@code rejection}; one in the content's clause raises the plain speech verb's
 * class (the most hostile wins), unless a negation stands right before it ("لا يرفضون").
 */
final class StatementStance {
    /** The cue kinds of a stance and the class each gives. */
    private static final Map<String, String> CLASSES = Map.of("disapproval", CameoRoot.DISAPPROVAL, "rejection", CameoRoot.REJECTION);

    private StatementStance() {
    }

    /** The class of the content opened at token {@code open}: a stance told in its clause, else {@code plain}. */
    static String of(Sentence s, int open, String plain) {
        int clause = s.clause[open];
        String best = plain;
        for (Map.Entry<String, String> kind : CLASSES.entrySet()) {
            for (EventCues.Cue c : s.cues(kind.getKey())) {
                if (c.tokenStart() > open && s.clause[c.tokenStart()] == clause && !negated(s, c)
                        && StatementGrouper.hostility(kind.getValue()) > StatementGrouper.hostility(best)) {
                    best = kind.getValue();
                }
            }
        }
        return best;
    }

    /** "لا يرفضون", "لم ينتهك": a negation just before the stance word says the opposite. */
    private static boolean negated(Sentence s, EventCues.Cue stance) {
        for (EventCues.Cue n : s.cues("negated")) {
            if (n.tokenEnd() <= stance.tokenStart() && stance.tokenStart() - n.tokenEnd() <= 1) {
                return true;
            }
        }
        return false;
    }
}
