package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;
import org.rasid.testing.Prerequisites;

/** The same store code against a real PostgreSQL server started for this test. */
class EventStorePostgresTest {
    private static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        var bin = PostgresServer.binaries();
        Prerequisites.require(bin.isPresent(),
                "PostgreSQL binaries not found under /usr/lib/postgresql (run scripts/setup.sh): test skipped");
        server = PostgresServer.start(bin.get());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void mergesKeepsHistoryAndCorrectionsOnPostgres() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.url("postgres"))) {
            c.createStatement().execute("CREATE DATABASE rasid_history");
        }
        try (EventStore store = EventStore.open(dir.resolve("history"), server.url("rasid_history"))) {
            EventHistoryTest.scenario(store);
        }
    }

    @Test
    void splitsAndJoinsWithReplacedByOnPostgres() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.url("postgres"))) {
            c.createStatement().execute("CREATE DATABASE rasid_regroup");
        }
        try (EventStore store = EventStore.open(dir.resolve("regroup"), server.url("rasid_regroup"))) {
            EventRegrouperTest.scenario(store);
        }
    }

    @Test
    void storesFiltersCountsSearchesAndDeduplicatesOnPostgres() throws Exception {
        String url = server.url("rasid");
        try (EventStore store = EventStore.open(dir, url)) {
            assertEquals("postgresql", store.dialectName());
            EventStoreTest.fill(store);
            assertEquals(new StoreCounts(2, 2, 8), store.counts());
            for (Event e : SeedFixtures.result004().events()) {
                Event got = store.event(e.id()).orElseThrow();
                assertEquals(Reports.withDocAndSources(e, e.doc(), got.sources()), got);
                assertEquals(1, got.sources().size());
            }
            assertEquals(3, store.events(EventStoreTest.query("admin1", "SY-HL")).size());
            assertEquals(2, store.events(EventStoreTest.query("actor", "ISIS")).size());
            assertEquals(0, store.events(EventStoreTest.query("actor", "IS_S")).size());
            assertEquals(1, store.events(EventStoreTest.query("outlet", "بلدي نيوز")).size());
            assertEquals(5, store.events(EventStoreTest.query("from", "2018-09-04", "to", "2018-09-04")).size());
            assertEquals(2, store.events(EventStoreTest.query("bbox", "36.5,35.8,36.8,36.0")).size());
            assertEquals(2, store.events(EventStoreTest.query("q", "عبوة ناسفة")).size());
            assertEquals(3L, store.stats(EventQuery.all()).byAdmin1().get("SY-HL"));
            assertEquals(2, store.search("مفاوضات", 10, 0).size());
            var again = new Ingester(store, Pipeline.withDefaults()).ingest(SeedFixtures.doc004());
            assertEquals(IngestOutcome.Status.DUPLICATE, again.status());
        }
        // a second data folder on the same server sees the same events and builds its own index
        try (EventStore store = EventStore.open(dir.resolve("other"), url)) {
            assertEquals(new StoreCounts(2, 2, 8), store.counts());
            assertEquals(2, store.events(EventStoreTest.query("q", "عبوة ناسفة")).size());
        }
    }
}
