package org.rasid.events;

import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * A meeting told as the time of another act that names its other party: "ركز نتانياهو خلال لقائه مع
 * ميركل على أزمة الهجرة", "قال المعلم، بعد محادثاته مع دي مستورا في العاصمة دمشق، إن", "ويأتي ذلك بعد لقاء
 * بين ليبرمان ونظيره الروسي شويغو في موسكو". The noun after خلال/بعد/قبيل sets the scene of the statement,
 * and it also tells, with its parties, a meeting held: the guidelines code the meeting (04) beside what was
 * said at it (a call in which one side condemns a third gives the 04 and the 11). A noun with no party
 * ("أكدوا خلال الاجتماع") stays a setting; so does one after إلى ("العودة إلى التفاوض مع روسيا": an aim).
 *
 * <p>The party is named after مع or بين (particles.tsv {@code meeting_party}) right after the noun or its
 * adjective ("خلال اتصال هاتفي مع"); the meeting is coded only when the assigned parties are two sides
 * ("خلال اجتماع مع قادة عسكريين", "بعد اجتماعه مع فريقه للأمن القومي" is a side meeting its own people).
 */
final class MeetingWithParty {
    /** مع, بين: the word that opens a meeting's other party. */
    private static final Set<String> PARTY = Particles.words("meeting_party");
    /** إلى: a meeting noun after it is where a side goes or what it asks for, an aim. */
    private static final Set<String> TO = Particles.words("destination_preposition");
    /** How far after a meeting noun its party may open: its adjective first ("اتصال هاتفي مع"). */
    private static final int REACH = 2;

    private MeetingWithParty() {
    }

    /**
     * Whether the meeting noun {@code t}, right after the setting preposition before it, names its other
     * party after مع or بين in its clause.
     */
    static boolean names(Sentence s, TriggerMention t) {
        int i = t.tokenStart();
        if (i == 0 || TO.contains(s.word(i - 1))) {
            return false;
        }
        int clause = s.clause[i];
        int to = Math.min(s.tokens.size(), t.tokenEnd() + REACH);
        for (int k = i + 1; k < to && s.clause[k] == clause; k++) {
            if (PARTY.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the meeting's parties, as assigned, are two sides: actor2 named and not actor1's own. */
    static boolean twoSides(ActorAssignment who) {
        return who.actor1() != null && who.actor2() != null && !who.actor2().equals(who.actor1());
    }
}
