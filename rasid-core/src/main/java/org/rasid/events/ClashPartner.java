package org.rasid.events;

import java.util.List;
import org.rasid.events.RoledActor.Role;

/**
 * The other side of a fight named after "مع" behind a clash noun of the trigger's clause: "سيطر التنظيم
 * على نقاط … بعد مواجهات مع قوات الأسد", "اشتباكات عنيفة خاضها الفيلق مع قوات النظام". Clash nouns are
 * event_words.tsv's {@code clash_noun} words, matched at a word's end (with the article and clitics).
 */
final class ClashPartner {
    private static final String WITH = "مع";
    private static final String CLASH_NOUN = "clash_noun";
    /** At most this many words between the clash noun and مع ("اشتباكات عنيفة خاضها الفيلق مع"). */
    private static final int MAX_GAP = 4;

    private ClashPartner() {
    }

    /** The side named right after مع, or null; never actor1's id, an object, a supporter or civilians. */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, String actor1, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        for (RoledActor a : actors) {
            int with = a.token() - 1;
            if (with < 1 || s.clause[a.token()] != clause || !s.word(with).equals(WITH) || a.id().equals(actor1)
                    || !a.participant() || !a.canAct() || a.role() != Role.NONE) {
                continue;
            }
            for (int i = with - 1; i >= Math.max(0, with - MAX_GAP); i--) {
                if (words.endsWith(CLASH_NOUN, s.word(i))) {
                    return a;
                }
            }
        }
        return null;
    }
}
