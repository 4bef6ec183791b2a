package org.rasid.events;

import java.util.List;
import java.util.function.Predicate;
import org.rasid.events.RoledActor.Role;
import org.rasid.lexicon.Particles;

/**
 * The other party of an act named right after "مع" (particles.tsv {@code counterpart_with}) a few words
 * behind a noun of the act in the trigger's clause: a clash ("مواجهات مع قوات الأسد", {@link ClashPartner})
 * or a deal ("اتفاق توصلت إليه موسكو مع فصيل جيش الإسلام", {@link DealPartner}). The noun is an
 * event_words.tsv word of the given kind, matched at a word's end (with the article and clitics).
 */
final class Counterpart {
    private static final String WITH = Particles.word("counterpart_with");
    /** At most this many words between the noun and مع ("اشتباكات عنيفة خاضها الفيلق مع"). */
    private static final int MAX_GAP = 4;

    private Counterpart() {
    }

    /**
     * The first side right after مع behind a {@code nounKind} word, or null; never actor1's id, a supporter or
     * civilians, and only a side whose role in the clause {@code role} accepts.
     */
    static RoledActor named(Sentence s, TriggerMention t, List<RoledActor> actors, String actor1, EventWords words,
                            String nounKind, Predicate<Role> role) {
        int clause = s.clause[t.tokenStart()];
        for (RoledActor a : actors) {
            int with = a.token() - 1;
            if (with < 1 || s.clause[a.token()] != clause || !s.word(with).equals(WITH) || a.id().equals(actor1)
                    || !a.participant() || !a.canAct() || !role.test(a.role())) {
                continue;
            }
            for (int i = with - 1; i >= Math.max(0, with - MAX_GAP); i--) {
                if (words.endsWith(nounKind, s.word(i))) {
                    return a;
                }
            }
        }
        return null;
    }
}
