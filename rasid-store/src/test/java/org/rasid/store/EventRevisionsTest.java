package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;
import org.rasid.model.Source;

class EventRevisionsTest {
    @Test
    void aDiffNamesChangedFieldsAndCountsSources() {
        Event before = SeedFixtures.result004().events().get(0);
        Event after = Corrections.overlay(Reports.withDocAndSources(before, before.doc(),
                List.of(new Source("a", 0, "سانا", null, null), new Source("b", 0, "رويترز", null, null))),
                Map.of("fatalities", IntNode.valueOf(9)));
        ObjectNode d = EventRevisions.diff(before, after);
        assertEquals(List.of("fatalities", "sources"), iterable(d));
        assertEquals(9, d.at("/fatalities/to").asInt());
        assertEquals(0, d.at("/sources/from").asInt());
        assertEquals(2, d.at("/sources/to").asInt());
        assertTrue(EventRevisions.diff(before, before).isEmpty());
    }

    @Test
    void asOfTakesADayOrAnInstantInOneSortableForm() {
        assertEquals("2018-09-04T23:59:59.999Z", EventRevisions.asOf("2018-09-04"));
        assertEquals("2018-09-04T10:15:30.000Z", EventRevisions.asOf("2018-09-04T10:15:30Z"));
        assertTrue(EventRevisions.asOf("2018-09-04T10:15:30Z").compareTo("2018-09-04T10:15:30.001Z") < 0);
        assertThrows(IllegalArgumentException.class, () -> EventRevisions.asOf("last week"));
    }

    @Test
    void correctionsRefuseWhatCannotBeCorrected() {
        Event e = SeedFixtures.result004().events().get(0);
        assertThrows(IllegalArgumentException.class, () -> Corrections.overlay(e, Map.of("id", TextNode.valueOf("x"))));
        assertThrows(IllegalArgumentException.class, () -> Corrections.overlay(e,
                Map.of("event_date", TextNode.valueOf("4 Sept"))));
        assertThrows(IllegalArgumentException.class, () -> Corrections.overlay(e,
                Map.of("fatalities", IntNode.valueOf(-1))));
        assertEquals("SY-HM", Corrections.overlay(e, Map.of("admin1", TextNode.valueOf("SY-HM"))).admin1());
    }

    private static List<String> iterable(ObjectNode d) {
        List<String> out = new java.util.ArrayList<>();
        d.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
