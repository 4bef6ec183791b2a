package org.rasid.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the trigger lexicon (triggers.tsv): what a word or phrase reports.
 *
 * @param family   triggers of one family in one clause give one event; "outcome" triggers code
 *                 an event only when nothing else in the sentence does; "block" is not an event
 * @param frame    how arguments attach: agent (the subject acts), patient (the words after it are
 *                 the victim), symmetric (two parties, "بين X و Y")
 * @param needs    place, actor, actor1: the event is dropped without that argument; future: the
 *                 trigger counts only as an announced act ("ستشن"), a light verb otherwise
 * @param before   words one of which must come earlier in the clause ("توصلت … إلى اتفاق")
 * @param after    words one of which must come later in the clause ("حملت … النظام المسؤولية")
 * @param alt      retyping when a condition holds: armed_target, civilian_target, gov_actor,
 *                 agreement_frame, violent, protest -> {acled_type, acled_sub_type}
 */
public record Trigger(String family, String acledType, String acledSubType, String cameo, int quadClass,
                      String pos, String frame, int priority, Set<String> needs, List<String> before,
                      List<String> after, Map<String, String[]> alt, int line) {
    public static final String BLOCK = "block";
    public static final String OUTCOME = "outcome";
    public static final String VERBAL = "verbal";

    public boolean isBlock() {
        return BLOCK.equals(family);
    }

    public boolean isVerbal() {
        return VERBAL.equals(family);
    }

    public boolean isOutcome() {
        return OUTCOME.equals(family);
    }

    /** Violent families: battles, remote violence, violence against civilians and its outcomes. */
    public boolean isViolent() {
        return "violence".equals(family) || isOutcome() && CameoRoot.ASSAULT.equals(cameo);
    }
}
