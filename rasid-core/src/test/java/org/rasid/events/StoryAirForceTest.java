package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** Raids told without their striker were flown by the story's only named air force. */
class StoryAirForceTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, "2019-06-12", "UTF-8")).events();
    }

    private static Event at(List<Event> es, String place) {
        for (Event e : es) {
            if (e.evidence().sentence().contains(place)) {
                return e;
            }
        }
        throw new AssertionError("no event at " + place + ": " + es);
    }

    @Test
    void anUnnamedRaidWasFlownByTheStorysAirForce() {
        List<Event> es = events("شن طيران النظام السوري غارات على مدينة الباب بريف حلب. "
                + "ونفذ الطيران الحربي تسع غارات على بلدة اليادودة في ريف درعا.");
        Event unnamed = at(es, "اليادودة");
        assertEquals("SYR_GOV", unnamed.actor1());
        assertEquals("actor1", unnamed.evidence().part("actor1").role());
    }

    @Test
    void twoAirForcesNamedLeaveTheUnnamedRaidUnnamed() {
        List<Event> es = events("شن طيران النظام السوري غارات على مدينة الباب بريف حلب. "
                + "وشنت طائرات روسية غارات على بلدة كفرنبل بريف إدلب. "
                + "ونفذ الطيران الحربي تسع غارات على بلدة اليادودة في ريف درعا.");
        assertNull(at(es, "اليادودة").actor1());
    }
}
