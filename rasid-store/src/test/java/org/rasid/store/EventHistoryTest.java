package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.pipeline.DocumentResult;

class EventHistoryTest {
    @TempDir
    Path dir;

    @Test
    void aSourceJoinsACorrectionSurvivesTheNextMergeAndAsOfShowsTheOldValue() throws Exception {
        try (EventStore store = EventStore.open(dir, null)) {
            scenario(store);
        }
    }

    /** The same on any store (EventStorePostgresTest runs it on PostgreSQL). */
    static void scenario(EventStore store) throws Exception {
        DocumentResult seed = SeedFixtures.result004();
        store.add(seed, ContentHash.of(seed.document().text()));
        // the IED at الزربة, 2018-09-03, two killed: told again by two other documents below
        Event ied = seed.events().stream().filter(e -> "الزربة".equals(e.locationAr())).findFirst().orElseThrow();
        String id = ied.id();
        assertEquals(Integer.valueOf(2), ied.fatalities());
        add(store, StoreSafetyTest.renamed(seed, "copy1"));
        Event joined = store.event(id).orElseThrow();
        assertEquals(List.of(SeedFixtures.DOC_004, "copy1"), joined.sources().stream().map(s -> s.doc()).toList());
        List<EventRevision> h = store.history(id);
        assertEquals(List.of("created", "source_joined"), kinds(h));
        assertEquals("copy1", h.get(1).doc());
        assertEquals(2, h.get(1).changes().get("sources").get("to").asInt());

        Thread.sleep(5);
        String beforeCorrection = EventRevisions.AT.format(Instant.now());
        Thread.sleep(5);
        Event corrected = store.correct(id, Map.of("fatalities", IntNode.valueOf(3), "actor1",
                TextNode.valueOf("SYR_GOV")), "analyst-1", "the hospital list names three").orElseThrow();
        assertEquals(Integer.valueOf(3), corrected.fatalities());
        add(store, StoreSafetyTest.renamed(seed, "copy2"));
        Event after = store.event(id).orElseThrow();
        assertEquals(3, after.sources().size());
        assertEquals(Integer.valueOf(3), after.fatalities(), "the merge keeps the analyst's figure");
        assertEquals("SYR_GOV", after.actor1());
        h = store.history(id);
        assertEquals(List.of("created", "source_joined", "corrected", "source_joined"), kinds(h));
        assertEquals("analyst-1", h.get(2).author());
        assertEquals("the hospital list names three", h.get(2).reason());
        assertEquals(2, h.get(2).changes().get("fatalities").get("from").asInt());
        assertEquals(3, h.get(2).changes().get("fatalities").get("to").asInt());
        // the actor filter (search index) sees the correction
        assertEquals(1, store.countEvents(EventQuery.fromParams(Map.of("actor", "SYR_GOV",
                "admin2", "Jabal Saman")::get, 10)));

        // min_sources: the index and the tables agree on how many sources each event has
        store.flush(); // the index shows what was committed
        List<Event> all = new ArrayList<>();
        store.forEachEvent(EventQuery.all(), all::add);
        long multi = all.stream().filter(e -> e.sources().size() >= 3).count();
        assertEquals(multi, store.countEvents(EventQuery.fromParams(Map.of("min_sources", "3")::get, 10)));
        assertEquals(multi, store.events(EventQuery.fromParams(Map.of("min_sources", "3")::get, 100)).size());
        assertEquals(true, multi > 0 && multi < all.size(), multi + " of " + all.size());
        assertEquals(all.size(), store.countEvents(EventQuery.fromParams(Map.of("min_sources", "1")::get, 10)));

        assertEquals(Integer.valueOf(2), asOf(store, beforeCorrection, id).fatalities());
        assertNull(asOf(store, beforeCorrection, id).actor1());
        assertEquals(2, asOf(store, beforeCorrection, id).sources().size());
        assertEquals(Integer.valueOf(3), asOf(store, EventRevisions.AT.format(Instant.now()), id).fatalities());
        assertEquals(null, asOf(store, "2018-01-01", id));

        assertThrows(IllegalArgumentException.class, () -> store.correct(id, Map.of("confidence",
                IntNode.valueOf(1)), "analyst-1", "no"));
        assertThrows(IllegalArgumentException.class, () -> store.correct(id, Map.of("fatalities",
                TextNode.valueOf("many")), "analyst-1", "no"));
        assertThrows(IllegalArgumentException.class, () -> store.correct(id, Map.of("fatalities",
                IntNode.valueOf(4)), "", "no author"));
        assertEquals(4, store.history(id).size(), "refused corrections leave no revision");
    }

    private static void add(EventStore store, DocumentResult r) {
        store.add(r, ContentHash.of(r.document().text()));
    }

    private static List<String> kinds(List<EventRevision> h) {
        return h.stream().map(EventRevision::kind).toList();
    }

    private static Event asOf(EventStore store, String at, String id) {
        List<Event> all = new ArrayList<>();
        store.forEachEventAsOf(at, all::add);
        return all.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
