package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** A group rebuilt from its stored reports decides as the live one did (what the store relies on). */
class MergeGroupTest {
    private static final String SHELL = EventMergerTest.SHELL;

    @Test
    void aRestoredGroupAcceptsAndRefusesAsTheMergerDid() {
        Event a = EventMergerTest.event("a", "d1", "SMART", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", "SYR_GOV",
                null, 5);
        Event b = EventMergerTest.event("b", "d2", "SANA", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-21", "SYR_GOV",
                "CIVILIANS", 3);
        // a third outlet names another first actor: b would take it, a (across documents) must agree too
        Event c = EventMergerTest.event("c", "d3", "X", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-21", "RUS", null, 2);
        MergeGroup live = new MergeGroup(a);
        List<String> why = live.accepts(b);
        live.add(b, why);
        MergeGroup restored = new MergeGroup(a);
        restored.add(b, why);
        assertNull(live.accepts(c));
        assertNull(restored.accepts(c));
        assertEquals(live.event(), restored.event());
        assertEquals(new EventMerger().merge(List.of(a, b)), List.of(restored.event()));
        assertEquals(List.of("a", "b"), restored.event().mergedFrom());
    }

    @Test
    void aReportsDayAndWindowFollowItsDateAndPrecision() {
        Event a = EventMergerTest.event("a", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", null, null, null);
        assertEquals(java.time.LocalDate.parse("2018-08-20").toEpochDay(), MergeGroup.day(a));
        assertEquals(1, MergeGroup.window(a));
        Event undated = EventMergerTest.event("u", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, null, null, null, null);
        assertNull(MergeGroup.day(undated));
    }
}
