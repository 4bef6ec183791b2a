package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.model.Source;
import org.rasid.pipeline.DocumentResult;

/**
 * An analyst splits a merged event and joins it again (issue 15): the old ids answer with
 * replaced_by, the history of every event concerned records it, a later ingest merges into the
 * groups as the analyst left them, and the search index follows.
 */
class EventRegrouperTest {
    @TempDir
    Path dir;

    @Test
    void splitAndJoinRetireIdsWithReplacedBy() throws Exception {
        try (EventStore store = EventStore.open(dir, null)) {
            scenario(store);
        }
    }

    /** The same on any store (EventStorePostgresTest runs it on PostgreSQL). */
    static void scenario(EventStore store) throws Exception {
        DocumentResult seed = SeedFixtures.result004();
        add(store, seed);
        add(store, StoreSafetyTest.renamed(seed, "copy1"));
        add(store, StoreSafetyTest.renamed(seed, "copy2"));
        // the IED at الزربة, told by the seed and two copies: one event, three sources
        String id = seed.events().stream().filter(e -> "الزربة".equals(e.locationAr())).findFirst().orElseThrow().id();
        assertEquals(List.of(SeedFixtures.DOC_004, "copy1", "copy2"), docs(store.event(id).orElseThrow()));
        int eventsBefore = all(store).size();

        String beforeSplit = EventRevisions.AT.format(Instant.now());
        Thread.sleep(5);
        List<Event> parts = store.split(id, Set.of("copy2"), "analyst-1", "copy2 tells of another blast").orElseThrow();
        assertEquals(2, parts.size());
        Event stay = parts.get(0);
        Event left = parts.get(1);
        assertEquals(List.of(SeedFixtures.DOC_004, "copy1"), docs(stay));
        assertEquals(List.of("copy2"), docs(left));
        assertTrue(store.event(id).isEmpty(), "a split event is retired");
        assertEquals(Set.of(stay.id(), left.id()), Set.copyOf(store.replacedBy(id)));
        List<EventRevision> h = store.history(id);
        EventRevision split = h.get(h.size() - 1);
        assertEquals(EventRegrouper.SPLIT, split.kind());
        assertEquals("analyst-1", split.author());
        assertEquals(2, split.changes().get("replaced_by").get("to").size());
        assertEquals(EventRegrouper.SPLIT_FROM, store.history(left.id()).get(0).kind());
        assertEquals(id, store.history(left.id()).get(0).changes().get("split_from").get("to").asText());
        assertEquals(eventsBefore + 1, all(store).size());

        // a later report of the event joins the oldest part that accepts it, as left by the analyst
        add(store, StoreSafetyTest.renamed(seed, "copy3"));
        assertEquals(List.of(SeedFixtures.DOC_004, "copy1", "copy3"), docs(store.event(stay.id()).orElseThrow()));
        assertEquals(List.of("copy2"), docs(store.event(left.id()).orElseThrow()));

        Thread.sleep(5);
        String beforeJoin = EventRevisions.AT.format(Instant.now());
        Thread.sleep(5);
        Event joined = store.join(stay.id(), Set.of(left.id()), "analyst-2", "one blast after all").orElseThrow().get(0);
        assertEquals(stay.id(), joined.id(), "a join keeps the id of the event joined into");
        assertEquals(4, joined.sources().size());
        assertTrue(joined.mergeReasons().contains(EventRegrouper.ANALYST_JOIN), joined.mergeReasons().toString());
        assertTrue(store.event(left.id()).isEmpty());
        assertEquals(List.of(stay.id()), store.replacedBy(left.id()));
        List<EventRevision> hj = store.history(stay.id());
        assertEquals(EventRegrouper.JOINED, hj.get(hj.size() - 1).kind());
        assertEquals(EventRegrouper.JOINED_INTO, last(store.history(left.id())).kind());
        assertEquals(List.of(), store.replacedBy(stay.id()));

        // the database as it stood: before the split one event, between split and join two
        assertNotNull(asOf(store, beforeSplit, id));
        assertNull(asOf(store, beforeJoin, id));
        assertNotNull(asOf(store, beforeJoin, left.id()));
        assertNull(asOf(store, EventRevisions.AT.format(Instant.now()), left.id()));
        // the search index forgets retired ids: its count is the tables'
        store.flush();
        assertEquals(all(store).size(), store.countEvents(EventQuery.fromParams(Map.of("min_sources", "1")::get, 10)));
        assertEquals(all(store).stream().filter(e -> e.sources().size() >= 4).count(),
                store.countEvents(EventQuery.fromParams(Map.of("min_sources", "4")::get, 10)));

        assertThrows(IllegalArgumentException.class, () -> store.split(stay.id(), Set.of("nope"), "a", "r"));
        assertThrows(IllegalArgumentException.class, () -> store.split(stay.id(),
                Set.of(SeedFixtures.DOC_004, "copy1", "copy2", "copy3"), "a", "r"));
        assertThrows(IllegalArgumentException.class, () -> store.join(stay.id(), Set.of("no-such-event"), "a", "r"));
        assertThrows(IllegalArgumentException.class, () -> store.split(stay.id(), Set.of("copy1"), "", "r"));
        assertTrue(store.split("no-such-event", Set.of("copy1"), "a", "r").isEmpty());
    }

    private static void add(EventStore store, DocumentResult r) {
        store.add(r, ContentHash.of(r.document().text()));
    }

    private static List<String> docs(Event e) {
        return e.sources().stream().map(Source::doc).toList();
    }

    private static EventRevision last(List<EventRevision> h) {
        return h.get(h.size() - 1);
    }

    private static List<Event> all(EventStore store) {
        store.flush(); // the index shows what was committed
        List<Event> out = new ArrayList<>();
        store.forEachEvent(EventQuery.all(), out::add);
        return out;
    }

    private static Event asOf(EventStore store, String at, String id) {
        List<Event> out = new ArrayList<>();
        store.forEachEventAsOf(at, out::add);
        return out.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
