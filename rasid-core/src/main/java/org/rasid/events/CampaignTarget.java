package org.rasid.events;

import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The target of a foreign strike campaign told place by place. A foreign force that does not fight beside the
 * government (the coalition, Turkey, Israel; not event_words.tsv home_side) strikes an armed foe, and a report of
 * its campaign names that foe once ("استهدفت مناطق تجمعات … لتنظيم داعش في سوريا") and then lists the other places
 * struck without it ("وأضاف البيان أن القوات نفذت أيضاً 17 ضربة جوية في العراق قرب تسع مدن"): ACLED codes each of
 * those strikes against the same foe. A strike whose striker is such a force and whose target the text leaves
 * unnamed takes the armed side the story's other strikes by that striker hit in their own words, when they hit only
 * one. The government's side bombs towns, and its strikes keep the target their own words give (StoryOpponent:
 * a strike's target is what it hit). The side taken points at the words that named it.
 */
final class CampaignTarget {
    private static final String ACTOR2 = "actor2";
    private static final String UNKNOWN = "UNKNOWN";
    private static final String HOME_SIDE = "home_side";
    private static final String STRIKE = "Explosions/Remote violence";
    /** ACLED inter codes: state forces, rebels, political and identity militias, external forces. */
    private static final int STATE = 1;
    private static final int MILITIA = 4;
    private static final int EXTERNAL = 8;

    private final Arguments args;
    private final EventWords words;

    CampaignTarget(Arguments args, EventWords words) {
        this.args = args;
        this.words = words;
    }

    /** The events of one story, each untargeted strike of a foreign campaign given the campaign's one foe. */
    List<Event> fill(List<Event> events) {
        return events.stream().map(e -> filled(e, events)).toList();
    }

    private Event filled(Event e, List<Event> story) {
        if (!STRIKE.equals(e.acledType()) || e.actor2() != null || !foreign(e.actor1())) {
            return e;
        }
        String id = null;
        Evidence.Part named = null;
        for (Event other : story) {
            if (other == e || !STRIKE.equals(other.acledType()) || !e.actor1().equals(other.actor1())
                    || !armed(other.actor2()) || other.actor2().equals(e.actor1())) {
                continue;
            }
            Evidence.Part p = other.evidence().part(ACTOR2);
            if (p == null) {
                continue; // a target presumed, not told, is no word to point at
            }
            if (id != null && !id.equals(other.actor2())) {
                return e; // the campaign hit two sides: the story does not say which this strike hit
            }
            if (id == null) {
                id = other.actor2();
                named = p;
            }
        }
        if (id == null) {
            return e;
        }
        Evidence ev = e.evidence().withParts(ACTOR2,
                List.of(new Evidence.Part(ACTOR2, named.start(), named.end(), named.text())));
        return e.withSidesAndDate(e.actor1(), id, e.eventDate(), e.timePrecision(), ev);
    }

    /** A foreign force that does not fight beside the government. */
    private boolean foreign(String actor) {
        return actor != null && args.inter(actor) == EXTERNAL
                && !words.actorIs(HOME_SIDE, actor);
    }

    private boolean armed(String actor) {
        if (actor == null || UNKNOWN.equals(actor)) {
            return false;
        }
        int inter = args.inter(actor);
        return inter >= STATE && inter <= MILITIA || inter == EXTERNAL;
    }
}
