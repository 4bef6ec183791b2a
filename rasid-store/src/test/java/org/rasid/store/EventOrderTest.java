package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.DocumentResult;
import org.rasid.segment.Story;
import org.rasid.testing.Prerequisites;
import org.rasid.text.Span;

/** The event list is newest day first and undated events come last, on SQLite and on PostgreSQL alike. */
class EventOrderTest {
    @TempDir
    Path dir;

    @Test
    void undatedEventsComeLastOnSqlite() throws Exception {
        try (EventStore store = EventStore.open(dir, null)) {
            checkOrder(store);
        }
    }

    @Test
    void undatedEventsComeLastOnPostgres() throws Exception {
        var bin = PostgresServer.binaries();
        Prerequisites.require(bin.isPresent(),
                "PostgreSQL binaries not found under /usr/lib/postgresql (run scripts/setup.sh): test skipped");
        try (PostgresServer pg = PostgresServer.start(bin.get()); EventStore store = EventStore.open(dir, pg.url("rasid"))) {
            checkOrder(store);
        }
    }

    private static void checkOrder(EventStore store) {
        EventStoreTest.fill(store);
        DocumentResult undated = undated();
        store.add(undated, ContentHash.of(undated.document().text()));
        store.flush();
        for (EventQuery q : List.of(EventQuery.all(), EventStoreTest.query("type", "Battles"))) {
            List<Event> events = store.events(q);
            assertNull(events.get(events.size() - 1).eventDate(), q + ": the undated event is last");
            assertEquals("2018-09-04", events.get(0).eventDate(), q + ": the newest day first");
        }
    }

    /** Seed 003's text under another id, without a publication day, holding one undated clash. */
    private static DocumentResult undated() {
        String text = SeedFixtures.text("003_0168099232d9e71c");
        Document d = new Document("undated-003", "undated-003.txt", text, null, null, null, null, "UTF-8");
        String anchor = text.strip().substring(0, 20);
        Event e = SeedFixtures.event(d, anchor, "Battles", "Armed clash", "19", "OPPOSITION", "SYR_GOV", null, null,
                null, null, null, 3, null, null, null, null, null, null);
        Story story = new Story(d.id(), 0, new Span(0, text.length()), null, null, null, null, null,
                List.of(new Span(0, text.length())), List.of(new Span(0, text.length())), -1);
        return new DocumentResult(d, List.of(story), List.of(e), List.of());
    }
}
