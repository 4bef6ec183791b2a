package org.rasid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventTest {
    /** A meeting (CAMEO 04) of "التقى بوتين الأسد في موسكو" with the given parties. */
    private static Event meeting(String actor1, String actor2) {
        Evidence ev = new Evidence("التقى بوتين الأسد في موسكو", 0, 25,
                List.of(new Evidence.Part("trigger", 0, 5, "التقى")));
        return new Event("m1", "d1", 0, null, null, "04", 1, actor1, actor2, List.of(), List.of(), null, null,
                null, null, null, null, null, "2015-10-20", 1, null, null, null, null, null, List.of(), ev, 0.7,
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void partiesAreTheSameFromEitherSide() {
        assertEquals(Set.of("RUS_GOV", "SYR_GOV"), meeting("RUS_GOV", "SYR_GOV").parties());
        assertEquals(meeting("RUS_GOV", "SYR_GOV").parties(), meeting("SYR_GOV", "RUS_GOV").parties());
    }

    @Test
    void anUnnamedSideIsNoPartyAndARepeatedOneCountsOnce() {
        assertEquals(Set.of("RUS_GOV"), meeting("RUS_GOV", null).parties());
        assertEquals(Set.of(), meeting(null, null).parties());
        assertEquals(1, meeting("SYR_GOV", "SYR_GOV").parties().size());
    }

    @Test
    void partiesAreNoJsonField() {
        assertFalse(RecordJson.tree(meeting("RUS_GOV", "SYR_GOV")).has("parties"));
    }

    @Test
    void eachWitherChangesItsFieldsAndKeepsTheRest() {
        Event m = meeting("RUS_GOV", "SYR_GOV");
        Evidence ev = new Evidence("التقى بوتين الأسد في موسكو", 0, 25,
                List.of(new Evidence.Part("location", 20, 25, "موسكو")));
        Event placed = m.withPlace("موسكو", "524901", null, null, 55.75, 37.62, 1, ev);
        assertEquals("موسكو", placed.locationAr());
        assertEquals(ev, placed.evidence());
        assertEquals(m.withConfidence(0.5).withPlace("موسكو", "524901", null, null, 55.75, 37.62, 1, ev),
                placed.withConfidence(0.5));
        Event swapped = m.withSidesAndDate("SYR_GOV", "RUS_GOV", "2015-10-21", 1, m.evidence());
        assertEquals(m.parties(), swapped.parties());
        assertEquals("2015-10-21", swapped.eventDate());
        Event tolled = m.withToll(3, "ثلاثة", "CIVILIANS", List.of(), m.evidence());
        assertEquals(3, tolled.fatalities());
        assertEquals("CIVILIANS", tolled.actor2());
        assertEquals(m.eventDate(), tolled.eventDate());
        assertEquals(0.7, tolled.confidence());
    }
}
