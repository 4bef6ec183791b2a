package org.rasid.events;

import java.util.List;
import org.rasid.text.CliticSplitter;

/**
 * The other side of a statement named only by a nationality adjective on the act it is about: "بأن بلاده لديها
 * الحرية الكاملة في التعامل مع التهديد الإيراني" (a threat against Iran), "انتقد الوجود الروسي" (a criticism
 * of Russia). A definite act noun (event_words.tsv {@code addressed_act}: التهديد، الوجود، التدخل، القصف) right
 * before an actor mention in the verbal trigger's clause, after the trigger, makes that actor the one the
 * statement is aimed at: a definite noun can only be followed by its adjective, not by a genitive.
 */
final class AdjectiveAddressee {
    private AdjectiveAddressee() {
    }

    /** The actor named by its adjective on an act noun after the trigger in its clause, or null. */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, RoledActor a1, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        String id1 = a1 == null ? null : a1.id();
        for (RoledActor a : actors) {
            int before = a.token() - 1;
            if (before >= t.tokenEnd() && s.clause[a.token()] == clause && a != a1 && a.participant()
                    && !a.id().equals(id1) && act(s, before, words)) {
                return a;
            }
        }
        return null;
    }

    /** Whether the word is a definite act noun, read behind its proclitics ("بالتدخل", "للوجود", "والقصف"). */
    static boolean act(Sentence s, int i, EventWords words) {
        for (CliticSplitter.Reading r : s.tokens.get(i).readings(false)) {
            if (r.hadArticle() && words.is("addressed_act", r.withArticle())) {
                return true;
            }
        }
        return false;
    }
}
