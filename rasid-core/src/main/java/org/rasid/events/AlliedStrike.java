package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;

/**
 * The government's air forces do not bomb their allies. A joint strike ("غارات سورية وروسية تستهدف أحياء سيطرة
 * الفصائل") or a barrel bomb told beside the fight of the government and its allies ("الطيران المروحي ألقى أكثر من
 * 14 برميلا متفجرا على الزبداني … وسط استمرار الاشتباكات … وقوات النظام وحزب الله") took the ally as the target. A
 * strike by an air force of event_words.tsv home_air_force whose target is another home_side ally keeps the ally as
 * its associate (assoc_actor1) and no target.
 */
final class AlliedStrike {
    private static final String STRIKE = "Explosions/Remote violence";

    private final EventWords words;

    AlliedStrike(EventWords words) {
        this.words = words;
    }

    /** The events of one story, each strike of the government's side on its ally made a strike beside it. */
    List<Event> join(List<Event> events) {
        return events.stream().map(this::joined).toList();
    }

    private Event joined(Event e) {
        if (!STRIKE.equals(e.acledType()) || e.actor1() == null || e.actor2() == null
                || e.actor1().equals(e.actor2()) || !words.actorIs("home_air_force", e.actor1()) || !words.actorIs("home_side", e.actor2())) {
            return e;
        }
        List<String> assoc = new ArrayList<>(e.assocActor1() == null ? List.of() : e.assocActor1());
        if (!assoc.contains(e.actor2())) {
            assoc.add(e.actor2());
        }
        return e.withoutActor2(List.copyOf(assoc));
    }
}
