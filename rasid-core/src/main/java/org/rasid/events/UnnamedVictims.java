package org.rasid.events;

import java.util.List;

/**
 * Whom violence against civilians hit when the text names no side as its victims: "خطف تنظيم داعش نحو 230
 * مدنيا", "اختطف تنظيم داعش أكثر من 220 من أبناء مدينة القريتين", "أعدم مدير الآثار". ACLED's type itself
 * says the victims were unarmed, and gold codes them CIVILIANS (docs/annotation.md, "Victims"); the side
 * stays unnamed only when the clause tells armed men as the ones hit ("خطفت جبهة النصرة خمسة مقاتلين من
 * الفرقة 30", event_cues.tsv combatant), whose group the text may name elsewhere.
 */
final class UnnamedVictims {
    private static final String TYPE = "Violence against civilians";
    private static final String COMBATANT = "combatant";
    private static final String CIVILIAN = "civilian";
    /** Words after the trigger where the people it hit are told ("خطفت جبهة النصرة يوم أمس الثلاثاء خمسة مقاتلين"). */
    private static final int REACH = 10;

    private UnnamedVictims() {
    }

    /** Whether the candidate is violence against civilians whose victims the clause does not tell as armed. */
    static boolean civilians(Sentence s, Candidate c, List<Arguments.Count> own, Arguments args) {
        if (!TYPE.equals(c.type()) || c.verbal() || ArmedVictims.only(s, own, args)) {
            return false;
        }
        TriggerMention t = c.t();
        int clause = s.clause[t.tokenStart()];
        boolean armed = false;
        for (EventCues.Cue cue : s.cues(COMBATANT)) {
            armed |= near(s, t, cue, clause);
        }
        for (EventCues.Cue cue : s.cues(CIVILIAN)) {
            if (near(s, t, cue, clause)) {
                return true; // "قتل مدنيين وعناصر": civilians named among them
            }
        }
        return !armed;
    }

    private static boolean near(Sentence s, TriggerMention t, EventCues.Cue cue, int clause) {
        return cue.tokenStart() >= t.tokenEnd() && cue.tokenStart() - t.tokenEnd() <= REACH
                && s.clause[cue.tokenStart()] == clause;
    }
}
