package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.rasid.merge.EventMergerTest.SHELL;
import static org.rasid.merge.EventMergerTest.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class EventCombinerTest {
    @Test
    void theLowestTollEverySourceAndTheMostPrecisePlace() {
        Event smart = event("a", "d1", "SMART", 0, SHELL, "ريف حلب الغربي", null, 2, "2018-08-20", "SYR_GOV", null, 5);
        Event sana = event("b", "d2", "SANA", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-21", null, "CIVILIANS", 3);
        Event m = EventCombiner.combine(List.of(smart, sana), List.of("same_admin2:Jebel Saman"));
        assertEquals(3, m.fatalities());
        assertEquals("الاتارب", m.locationAr());
        assertEquals(1, m.geoPrecision());
        assertEquals("SYR_GOV", m.actor1());
        assertEquals("CIVILIANS", m.actor2());
        assertEquals(List.of("a", "b"), m.mergedFrom());
        assertEquals(2, m.sources().size());
        assertEquals(0.75, m.confidence()); // 0.7 and one more source
        assertEquals(List.of("same_admin2:Jebel Saman"), m.mergeReasons());
    }

    @Test
    void theIdDependsOnTheMergedReportsOnly() {
        Event a = event("a", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", null, null, null);
        Event b = event("b", "d2", "Y", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", null, null, null);
        Event c = event("c", "d3", "Z", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", null, null, null);
        assertEquals(EventCombiner.combine(List.of(a, b), List.of()).id(), EventCombiner.combine(List.of(b, a), List.of()).id());
        assertNotEquals(EventCombiner.combine(List.of(a, b), List.of()).id(), EventCombiner.combine(List.of(a, c), List.of()).id());
    }
}
