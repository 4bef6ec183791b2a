package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The side that flies the air strikes of a story. A report names the air force once ("شن طيران النظام
 * غارات على ريف درعا") and tells the next raids without it ("ونفذ الطيران الحربي 9 غارات على بلدة
 * اليادودة"): when every air strike of the story that names its striker in its own words names the same
 * side, the raids told without one were flown by it too. Two air forces named (Russian and Syrian raids)
 * leave them unnamed, since the story does not say who flew which. Only a state's forces fly (ACLED
 * inter 1 or 8): a rebel group or a rescue service read as the striker of a raid is a misreading, not the
 * story's air force. The filled side points at the words that named it.
 */
final class StoryAirForce {
    private static final String AIR = "Air/drone strike";
    private static final String ACTOR1 = "actor1";

    /** ACLED inter codes of the sides that fly: state forces (1) and external forces (8). */
    private static final int STATE = 1;
    private static final int EXTERNAL = 8;

    private final Arguments args;

    StoryAirForce(Arguments args) {
        this.args = args;
    }

    /** The events of one story, its unattributed air strikes given the story's only named air force. */
    List<Event> fill(List<Event> events) {
        String side = null;
        Evidence.Part named = null;
        for (Event e : events) {
            Evidence.Part p = e.evidence().part(ACTOR1);
            if (AIR.equals(e.acledSubType()) && e.actor1() != null && p != null && flies(e.actor1())) {
                if (side != null && !side.equals(e.actor1())) {
                    return events;
                }
                side = e.actor1();
                named = named == null ? p : named;
            }
        }
        if (side == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (AIR.equals(e.acledSubType()) && e.actor1() == null && !side.equals(e.actor2())) {
                out.add(e.withSidesAndDate(side, e.actor2(), e.eventDate(), e.timePrecision(),
                        e.evidence().with(named)));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private boolean flies(String actor) {
        int inter = args.inter(actor);
        return inter == STATE || inter == EXTERNAL;
    }
}
