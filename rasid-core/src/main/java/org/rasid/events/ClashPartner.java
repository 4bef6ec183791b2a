package org.rasid.events;

import java.util.List;
import org.rasid.events.RoledActor.Role;

/**
 * The other side of a fight named after "مع" behind a clash noun of the trigger's clause: "سيطر التنظيم
 * على نقاط … بعد مواجهات مع قوات الأسد", "اشتباكات عنيفة خاضها الفيلق مع قوات النظام". Clash nouns are
 * event_words.tsv's {@code clash_noun} words ({@link Counterpart}).
 */
final class ClashPartner {
    private static final String CLASH_NOUN = "clash_noun";

    private ClashPartner() {
    }

    /** The side named right after مع, or null; never actor1's id, an object, a supporter or civilians. */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, String actor1, EventWords words) {
        return Counterpart.named(s, t, actors, actor1, words, CLASH_NOUN, role -> role == Role.NONE);
    }
}
