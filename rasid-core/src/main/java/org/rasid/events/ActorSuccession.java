package org.rasid.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.actors.ActorRegistry;
import org.rasid.model.Event;
import org.rasid.time.IsoDate;

/**
 * Names each side by the id of the event's time: a group that renamed itself keeps its old name in the
 * press (a 2018 report's "Nusra Front" is HTS, a 2015 one's is NUSRA), and actors.tsv dates the successor.
 * Run once a story is coded, so that the story's rules compare the ids the text gave.
 */
final class ActorSuccession {
    /** Lengths of an ISO month and year. */
    private static final int MONTH = 7;
    private static final int YEAR = 4;

    private ActorSuccession() {
    }

    /** {@code events} with each side's id, and its associates', as of the event's date, or {@code anchor}. */
    static List<Event> name(List<Event> events, ActorRegistry actors, LocalDate anchor) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (!actors.renamed(e.actor1()) && !actors.renamed(e.actor2()) && !anyRenamed(e.assocActor1(), actors)
                    && !anyRenamed(e.assocActor2(), actors)) {
                out.add(e); // nearly every event: no date to read
                continue;
            }
            LocalDate day = start(e.eventDate(), anchor);
            String a1 = actors.asOf(e.actor1(), day);
            String a2 = actors.asOf(e.actor2(), day);
            // a text that names both the old and the new name as two sides ("هيئة تحرير الشام" and "جبهة النصرة")
            // keeps them apart: one group on both sides of an event is no event
            boolean merged = a1 != null && a1.equals(a2) && !Objects.equals(e.actor1(), e.actor2());
            boolean same = Objects.equals(a1, e.actor1()) && Objects.equals(a2, e.actor2());
            Event named = same || merged ? e : e.withSidesAndDate(a1, a2, e.eventDate(), e.timePrecision(), e.evidence());
            List<String> assoc1 = asOf(e.assocActor1(), actors, day, named.actor1());
            List<String> assoc2 = asOf(e.assocActor2(), actors, day, named.actor2());
            boolean sameAssoc = Objects.equals(assoc1, e.assocActor1()) && Objects.equals(assoc2, e.assocActor2());
            out.add(sameAssoc ? named : named.withAssociates(assoc1, assoc2));
        }
        return out;
    }

    private static boolean anyRenamed(List<String> ids, ActorRegistry actors) {
        if (ids != null) {
            for (String id : ids) {
                if (actors.renamed(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each associate by its id of the day, once, and not the side it is associated with. */
    private static List<String> asOf(List<String> ids, ActorRegistry actors, LocalDate day, String side) {
        if (!anyRenamed(ids, actors)) {
            return ids;
        }
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            String now = actors.asOf(id, day);
            if (!out.contains(now) && !Objects.equals(now, side)) {
                out.add(now);
            }
        }
        return out;
    }

    /** The first day of an ISO day, month or year ("في عام 2014" is before the renaming), else the anchor. */
    private static LocalDate start(String date, LocalDate anchor) {
        if (date == null) {
            return anchor;
        }
        String day = switch (date.length()) {
            case MONTH -> date + "-01";
            case YEAR -> date + "-01-01";
            default -> date;
        };
        LocalDate d = IsoDate.leading(day, false);
        return d != null ? d : anchor;
    }
}
