package org.rasid.events;

import java.util.List;
import org.rasid.events.RoledActor.Role;

/**
 * Whom a threat or a charge worded as its outcome aims at: the subject of the content before the
 * trigger ("قال أردوغان إن النظام السوري سيواجه عواقب وخيمة إذا أبرم اتفاقا مع المسلحين", "أكد أن
 * روسيا تتحمل المسؤولية"). Arabic names the one who will pay or bears the blame first in what is said,
 * right after إن/أن; a party after the trigger belongs to a condition or a circumstance. Only triggers
 * that need a speech verb (triggers.tsv needs "said") are worded so.
 */
final class ContentSubject {
    /** How far before the trigger the subject of the content may stand ("إن النظام السوري قد يواجه"). */
    private static final int REACH = 8;

    private ContentSubject() {
    }

    /** The nearest side between the opener of the content (إن/أن) and t, or null. */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, RoledActor a1) {
        if (!t.trigger().needs().contains("said")) {
            return null;
        }
        int open = -1;
        for (int i = t.tokenStart() - 1; i >= Math.max(0, t.tokenStart() - REACH) && open < 0; i--) {
            open = SpeechContent.opens(s.word(i)) ? i : -1;
        }
        for (int k = actors.size() - 1; k >= 0 && open >= 0; k--) {
            RoledActor a = actors.get(k);
            if (a.token() > open && a.tokenEnd() <= t.tokenStart() && a != a1 && a.participant()
                    && a.role() != Role.AGENT && (a1 == null || !a.id().equals(a1.id()))) {
                return a;
            }
        }
        return null;
    }
}
