package org.rasid.events;

import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * An act the speaker tells as its own in the content of its statement: "قالت روسيا إنها أرسلت وفودا
 * إلى لبنان", "أعلنت المنظمة أنها سترسل فريق تحقيق إلى دوما". Arabic makes the speaker the subject of
 * what is said with the pronoun on إن/أن (its gender and number those of the speech verb, or "we":
 * "أننا") and the act's verb right after it. The act is the speaker's (actor1), and announcing it for
 * later is the act itself: a state that says it will send investigators or cut ties has done so as a
 * political act, as a threat is coded when it is made.
 */
final class OwnAct {
    /** How far after the opener the act's word may stand: its verb and an adverb ("سترسل خلال فترة قصيرة فريق"). */
    private static final int REACH = 6;
    /** How far after the speech verb its content may open: the speaker's name and title, a day. */
    private static final int SPEAKER_PHRASE = 16;
    private static final Set<String> WE = Particles.words("first_person_opener");

    private OwnAct() {
    }

    /**
     * Whether verbal trigger t is an act its speaker tells as its own: after a speech verb (a report
     * cue) whose content opens, in t's clause, with إن/أن carrying the speaker's pronoun, at most
     * {@link #REACH} words before t, with no other opener between.
     */
    static boolean told(Sentence s, TriggerMention t) {
        Trigger tr = t.trigger();
        // a meeting is between its parties (symmetric): "أعلن أنه سيجتمع مع بوتين" is intent to meet, not the meeting
        if (!tr.isVerbal() || tr.needs().contains("speech") || tr.needs().contains("said")
                || "symmetric".equals(tr.frame())) {
            return false;
        }
        int clause = s.clause[t.tokenStart()];
        int open = -1;
        for (int i = t.tokenStart() - 1; i >= Math.max(0, t.tokenStart() - REACH) && s.clause[i] == clause; i--) {
            if (SpeechContent.opens(s.word(i)) || WE.contains(s.word(i))) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= open && open - c.tokenEnd() <= SPEAKER_PHRASE
                    && WarningThreat.own(s.word(open), s.word(c.tokenStart()))) {
                return true;
            }
        }
        return false;
    }
}
