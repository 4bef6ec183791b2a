package org.rasid.store;

import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Source;

/** Copies of an event record with the fields the store sets itself: the stable id, doc and sources. */
final class Reports {
    private Reports() {
    }

    /** The event under its stored id: the id of its first report, kept while reports join it. */
    static Event withId(Event e, String id) {
        if (id.equals(e.id())) {
            return e;
        }
        return new Event(id, e.doc(), e.story(), e.acledType(), e.acledSubType(), e.cameo(), e.quadClass(),
                e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(), e.locationAr(), e.placeId(), e.admin1(),
                e.admin2(), e.latitude(), e.longitude(), e.geoPrecision(), e.eventDate(), e.timePrecision(),
                e.fatalities(), e.fatalitiesText(), e.injured(), e.arrested(), e.displaced(), e.reportedBy(),
                e.evidence(), e.confidence(), e.sources(), e.claims(), e.mergedFrom(), e.mergeReasons());
    }

    static Event withDocAndSources(Event e, String doc, List<Source> sources) {
        return new Event(e.id(), doc, e.story(), e.acledType(), e.acledSubType(), e.cameo(), e.quadClass(),
                e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(), e.locationAr(), e.placeId(), e.admin1(),
                e.admin2(), e.latitude(), e.longitude(), e.geoPrecision(), e.eventDate(), e.timePrecision(),
                e.fatalities(), e.fatalitiesText(), e.injured(), e.arrested(), e.displaced(), e.reportedBy(),
                e.evidence(), e.confidence(), sources, e.claims(), e.mergedFrom(), e.mergeReasons());
    }
}
