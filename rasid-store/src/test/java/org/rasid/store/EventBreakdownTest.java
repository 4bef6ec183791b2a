package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fatalities and facets of the hand-coded seed events 000 and 004, with and without a text query. */
class EventBreakdownTest {
    @TempDir
    Path dir;

    @Test
    void statsCarryFatalitiesBesideCounts() throws Exception {
        try (EventStore store = EventStore.open(dir, null)) {
            EventStoreTest.fill(store);
            Stats all = store.stats(EventQuery.all());
            // 2 children in al-Zarba (IED) and 5 fighters near Trinda (clash); the rest report no deaths
            assertEquals(7, all.fatalities());
            assertEquals(Map.of("SY-HL", 7L), all.fatalitiesByAdmin1());
            assertEquals(List.of("Battles", "Explosions/Remote violence"), List.copyOf(all.fatalitiesByType().keySet()));
            assertEquals(Map.of("2018-09-03", 7L), all.fatalitiesByDay());
            Stats idlib = store.stats(EventStoreTest.query("admin1", "SY-ID"));
            assertEquals(3, idlib.total());
            assertEquals(0, idlib.fatalities());
            // a text query goes through the index's ids: "بكمين" is the Trinda ambush only
            Stats ambush = store.stats(EventStoreTest.query("q", "بكمين"));
            assertEquals(1, ambush.total());
            assertEquals(5, ambush.fatalities());
        }
    }

    @Test
    void facetsCountActorsOutletsSubTypesAndDistricts() throws Exception {
        try (EventStore store = EventStore.open(dir, null)) {
            EventStoreTest.fill(store);
            Facets f = store.facets(EventQuery.all(), 50);
            assertEquals(Map.of("شبكة شام", 7L, "بلدي نيوز", 1L), f.byOutlet());
            assertEquals("شبكة شام", f.byOutlet().keySet().iterator().next(), "most frequent first");
            assertEquals(2L, f.byActor().get("HTS"));
            assertEquals(2L, f.byActor().get("CIVILIANS"));
            assertEquals(1L, f.byActor().get("SDF"));
            assertEquals(2L, f.bySubType().get("Remote explosive/landmine/IED"));
            assertEquals(2L, f.bySubType().get("Armed clash"));
            assertEquals(Map.of("Jabal Saman", 1L, "Afrin", 1L, "Idlib", 1L), f.byAdmin2());
            // filtered: Aleppo only, and the same through a text query's ids
            Facets aleppo = store.facets(EventStoreTest.query("admin1", "SY-HL"), 50);
            assertEquals(Map.of("شبكة شام", 3L), aleppo.byOutlet());
            assertEquals(Map.of("Remote explosive/landmine/IED", 1L, "Shelling/artillery/missile attack", 1L,
                    "Armed clash", 1L), aleppo.bySubType());
            Facets ied = store.facets(EventStoreTest.query("q", "عبوة ناسفة"), 50);
            assertEquals(Map.of("Remote explosive/landmine/IED", 2L), ied.bySubType());
            // at most limit values each
            assertEquals(1, store.facets(EventQuery.all(), 1).byActor().size());
            assertThrows(IllegalArgumentException.class, () -> store.facets(EventQuery.all(), 0));
        }
    }
}
