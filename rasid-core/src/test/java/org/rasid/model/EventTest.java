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
}
