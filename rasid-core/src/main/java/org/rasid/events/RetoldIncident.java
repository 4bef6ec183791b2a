package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The day of an incident told twice in one story. A lead names the day ("شنت الفصائل أمس هجوما
 * واسعا على ريف درعا"), a later sentence retells the incident at a finer place without it ("وفجر
 * مقاتلوها خلال الهجوم مقرا في بلدة الشجرة"); the guidelines code the incident once with the most
 * precise place and date. The report kept for the incident (the finer place) takes the day of the
 * other when it has only the report's week.
 *
 * <p>Tolls are not carried over: the grouped reports are too often a total of several places or a
 * subset of the victims ("تسعة من القتلى مدنيون") to lower a toll by.
 */
final class RetoldIncident {
    private static final String DATE = "date";

    private RetoldIncident() {
    }

    /** {@code kept} with the day {@code retold} gives, when it has only the report's week. */
    static Event join(Event kept, Event retold) {
        if (ownDay(kept) || !ownDay(retold)) {
            return kept;
        }
        List<Evidence.Part> parts = new ArrayList<>();
        for (Evidence.Part p : kept.evidence().spans()) {
            if (!DATE.equals(p.role())) {
                parts.add(p);
            }
        }
        for (Evidence.Part p : retold.evidence().spans()) {
            if (DATE.equals(p.role())) {
                parts.add(p);
            }
        }
        Evidence evidence = new Evidence(kept.evidence().sentence(), kept.evidence().start(), kept.evidence().end(),
                List.copyOf(parts));
        Event k = kept;
        return new Event(k.id(), k.doc(), k.story(), k.acledType(), k.acledSubType(), k.cameo(), k.quadClass(),
                k.actor1(), k.actor2(), k.assocActor1(), k.assocActor2(), k.locationAr(), k.placeId(), k.admin1(),
                k.admin2(), k.latitude(), k.longitude(), k.geoPrecision(), retold.eventDate(), retold.timePrecision(),
                k.fatalities(), k.fatalitiesText(), k.injured(), k.arrested(), k.displaced(), k.reportedBy(), evidence,
                k.confidence(), k.sources(), k.claims(), k.mergedFrom(), k.mergeReasons());
    }

    private static boolean ownDay(Event e) {
        return e.eventDate() != null && e.timePrecision() != null && e.timePrecision() == 1;
    }
}
