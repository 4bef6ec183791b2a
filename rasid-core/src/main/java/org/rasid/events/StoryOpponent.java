package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The other side of a fight the story names once and leaves out after. A report names both sides ("اشتباكات
 * بين قوات النظام وجيش الإسلام في محيط دوما") and the next ones tell only the attacker's moves ("وأطلقت قوات
 * النظام عملية برية في البساتين", "سيطر الجيش على بلدة مسرابا"): ACLED codes each act against the side the
 * attacker fights. A violent report that names its attacker and no second side takes the only armed opponent
 * the story's other reports set against that attacker in their own words, in either role; when they set it
 * against two (ISIS in one town, the rebels in another) the story does not say which, and the side stays
 * unnamed. Only reports of the same governorate count (a story of several fronts), with the side named near
 * their act, and never two allies of the government set against each other (a misread fight). Civilians
 * and an unidentified group are no opponent: a strike's civilian victims are told, not
 * presumed. The side taken points at the words that named it.
 */
final class StoryOpponent {
    private static final String ACTOR1 = "actor1";
    private static final String ACTOR2 = "actor2";
    private static final String UNKNOWN = "UNKNOWN";
    private static final String BATTLES = "Battles";
    /** ACLED inter codes of armed sides: state forces, rebels, political and identity militias, external forces. */
    private static final int STATE = 1;
    private static final int MILITIA = 4;
    private static final int EXTERNAL = 8;

    private final Arguments args;
    private final EventWords words;

    StoryOpponent(Arguments args, EventWords words) {
        this.args = args;
        this.words = words;
    }

    /** The events of one story, each violent report with an attacker and no second side given its opponent. */
    List<Event> fill(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(filled(e, events));
        }
        return out;
    }

    private Event filled(Event e, List<Event> story) {
        if (!violent(e) || e.actor1() == null || e.actor2() != null || !armed(e.actor1())) {
            return e;
        }
        String id = null;
        Evidence.Part words = null;
        for (Event other : story) {
            if (other == e || !e.acledType().equals(other.acledType()) || other.actor1() == null
                    || other.actor2() == null) {
                continue;
            }
            Evidence.Part p;
            String side;
            if (e.actor1().equals(other.actor1())) {
                side = other.actor2();
                p = other.evidence().part(ACTOR2);
            } else if (e.actor1().equals(other.actor2())) {
                side = other.actor1();
                p = other.evidence().part(ACTOR1);
            } else {
                continue;
            }
            if (p == null || !armed(side) || side.equals(e.actor1()) || !RetoldIncident.nearAct(other, p)
                    || !sameFront(e, other) || this.words.allies(side, e.actor1())) {
                continue;
            }
            if (id != null && !id.equals(side)) {
                return e; // two opponents: the story does not say which this act was against
            }
            if (id == null) {
                id = side;
                words = p;
            }
        }
        if (id == null) {
            return e;
        }
        Evidence ev = e.evidence().with(new Evidence.Part(ACTOR2, words.start(), words.end(), words.text()));
        return e.withSidesAndDate(e.actor1(), id, e.eventDate(), e.timePrecision(), ev);
    }

    /** A story of several governorates tells several fronts: the opponent is the one of this front. */
    private static boolean sameFront(Event e, Event other) {
        return e.admin1() == null || other.admin1() == null || e.admin1().equals(other.admin1());
    }


    private boolean armed(String actor) {
        int inter = args.inter(actor);
        return !UNKNOWN.equals(actor) && (inter >= STATE && inter <= MILITIA || inter == EXTERNAL);
    }

    /**
     * A fight: a strike's target is what it hit (a town, its people), told or left unnamed, not the striker's
     * foe; violence against civilians has its victims.
     */
    private static boolean violent(Event e) {
        return BATTLES.equals(e.acledType());
    }
}
