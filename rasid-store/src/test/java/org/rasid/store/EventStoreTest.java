package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;

class EventStoreTest {
    @TempDir
    Path dir;

    static EventQuery query(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return EventQuery.fromParams(m::get, 100);
    }

    static void fill(EventStore store) {
        store.add(SeedFixtures.result004(), ContentHash.of(SeedFixtures.doc004().text()));
        store.add(SeedFixtures.result000(), ContentHash.of(SeedFixtures.doc000().text()));
        store.flush();
    }

    @Test
    void storesAndReadsBackEveryFieldOfTheEventRecord() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            fill(store);
            assertEquals(new StoreCounts(2, 2, 8), store.counts());
            for (Event e : SeedFixtures.result004().events()) {
                Event got = store.event(e.id()).orElseThrow();
                // the hand-coded reports carry no source: the store gives each its document's
                assertEquals(List.of(new org.rasid.model.Source(SeedFixtures.DOC_004, e.story(), "شبكة شام",
                        "2018-09-04", null)), got.sources());
                assertEquals(Reports.withDocAndSources(e, e.doc(), got.sources()), got);
            }
            var doc = store.document(SeedFixtures.DOC_004).orElseThrow();
            assertEquals(SeedFixtures.doc004().text(), doc.text());
            assertEquals("شبكة شام", doc.outlet());
            assertTrue(Files.exists(dir.resolve("rasid.db")));
        }
        // and after reopening
        try (EventStore store = EventStore.open(dir, null)) {
            assertEquals(new StoreCounts(2, 2, 8), store.counts());
            Event clash = store.events(query("actor", "YPG")).get(0);
            String text = store.document(clash.doc()).orElseThrow().text();
            for (var part : clash.evidence().spans()) {
                assertEquals(part.text(), text.substring(part.start(), part.end()), part.role());
            }
        }
    }

    @Test
    void databaseRunsInWalMode() throws Exception {
        try (EventStore store = EventStore.open(dir, null)) {
            fill(store);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rasid.db"));
             var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void filtersEvents() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            fill(store);
            assertEquals(3, store.events(query("admin1", "SY-HL")).size());
            assertEquals(1, store.events(query("admin1", "SY-HL", "admin2", "Afrin")).size());
            assertEquals(2, store.events(query("type", "Battles")).size());
            assertEquals(2, store.events(query("sub_type", "Remote explosive/landmine/IED")).size());
            assertEquals(1, store.events(query("type", "cameo:04")).size());
            assertEquals(1, store.events(query("type", "04")).size());
            assertEquals(2, store.events(query("actor", "ISIS")).size());
            assertEquals(0, store.events(query("actor", "IS_S")).size(), "LIKE wildcards are escaped");
            assertEquals(1, store.events(query("outlet", "بلدي نيوز")).size());
            assertEquals(7, store.events(query("outlet", "شبكة شام")).size());
            // events without their own date count on the day their story was published
            assertEquals(5, store.events(query("from", "2018-09-04", "to", "2018-09-04")).size());
            assertEquals(3, store.events(query("to", "2018-09-03")).size());
            assertEquals(2, store.events(query("bbox", "36.5,35.8,36.8,36.0")).size());
            assertEquals(2, store.events(query("q", "عبوة ناسفة")).size());
            assertEquals(2, store.events(query("q", "عبوه ناسفه")).size(), "normalised spelling finds it too");
            assertEquals(1, store.events(query("q", "عبوة", "admin1", "SY-ID")).size());
            assertEquals(0, store.events(query("q", "كيماوي")).size());
            // a text query with filters is answered exactly by the index, in day order
            assertEquals(1, store.events(query("q", "عبوة", "bbox", "36.5,35.8,36.8,36.0")).size());
            assertEquals(1, store.events(query("q", "عبوة", "to", "2018-09-03")).size());
            assertEquals(2, store.countEvents(query("q", "عبوة ناسفة")));
            assertEquals(1, store.events(query("q", "عبوة", "actor", "CIVILIANS")).size());
            assertEquals(1, store.events(query("q", "مفاوضات", "outlet", "بلدي نيوز")).size());
            assertEquals(1, store.events(query("q", "مفاوضات", "type", "04")).size());
            List<Event> both = store.events(query("q", "عبوة ناسفة"));
            assertTrue(both.get(0).eventDate().compareTo(both.get(1).eventDate()) > 0, "newest first");
            Stats qs = store.stats(query("q", "عبوة ناسفة"));
            assertEquals(2, qs.total());
            assertEquals(1L, qs.byAdmin1().get("SY-ID"));
            List<Event> exported = new java.util.ArrayList<>();
            store.forEachEvent(query("q", "عبوة ناسفة"), exported::add);
            assertEquals(2, exported.size());
            assertEquals(8, store.countEvents(EventQuery.all()));
            // the fixtures' events all have confidence 0.8
            assertEquals(8, store.countEvents(query("min_confidence", "0.8")));
            assertEquals(0, store.countEvents(query("min_confidence", "0.81")));
            assertEquals(0, store.stats(query("min_confidence", "0.9")).total());
            assertEquals(3, store.events(query("min_confidence", "0.5", "admin1", "SY-HL")).size());
            assertEquals(2, store.events(query("min_confidence", "0.8", "q", "عبوة ناسفة")).size());
            assertEquals(0, store.events(query("min_confidence", "0.81", "q", "عبوة ناسفة")).size());
            List<Event> page = store.events(query("limit", "3", "offset", "6"));
            assertEquals(2, page.size());
        }
    }

    @Test
    void rejectsMalformedFiltersNamingTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> query("from", "yesterday"));
        assertTrue(e.getMessage().startsWith("from"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> query("min_confidence", "1.2"))
                .getMessage().startsWith("min_confidence"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> query("min_confidence", "high"))
                .getMessage().startsWith("min_confidence"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> query("bbox", "1,2,3"))
                .getMessage().startsWith("bbox"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> query("bbox", "3,2,1,4"))
                .getMessage().startsWith("bbox"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> query("limit", "0")).getMessage()
                .startsWith("limit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> query("offset", "x")).getMessage()
                .startsWith("offset"));
    }

    @Test
    void countsByDayTypeAndGovernorate() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            fill(store);
            Stats s = store.stats(EventQuery.all());
            assertEquals(8, s.total());
            assertEquals(3L, s.byAdmin1().get("SY-HL"));
            assertEquals(3L, s.byAdmin1().get("SY-ID"));
            assertEquals(3L, s.byType().get("Explosions/Remote violence"));
            assertEquals(1L, s.byType().get("cameo:04"));
            assertEquals(2L, s.byDay().get("2018-09-03"));
            assertEquals(1L, s.byDay().get("2018-07-10"));
            assertEquals(1L, s.byDayType().get("2018-09-03").get("Battles"));
            assertEquals(3, store.stats(query("admin1", "SY-HL")).total());
        }
    }

    @Test
    void searchesStoriesInArabicAndMarksTheWordsFound() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            fill(store);
            List<SearchHit> hits = store.search("مفاوضات", 10, 0);
            assertEquals(2, hits.size(), "seeds 000 and 004 speak of negotiations");
            SearchHit hit = hits.stream().filter(x -> x.doc().equals(SeedFixtures.DOC_000)).findFirst().orElseThrow();
            assertEquals("بلدي نيوز", hit.outlet());
            assertFalse(hit.highlights().isEmpty());
            int[] h = hit.highlights().get(0);
            assertEquals("مفاوضات", hit.snippet().substring(h[0], h[1]));
            // the article and hamza forms do not matter: "الاشتباكات" finds "اشتباكات"
            assertEquals(SeedFixtures.DOC_004, store.search("الاشتباكات", 10, 0).get(0).doc());
            assertTrue(store.search("zzzz", 10, 0).isEmpty());
            assertThrows(IllegalArgumentException.class, () -> store.search(" ", 10, 0));
        }
    }

    @Test
    void rebuildsALostSearchIndexFromTheDatabase() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            fill(store);
        }
        try (Stream<Path> s = Files.walk(dir.resolve("lucene"))) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (EventStore store = EventStore.open(dir, null)) {
            assertEquals(2, store.search("مفاوضات", 10, 0).size());
            assertEquals(2, store.events(query("q", "عبوة ناسفة")).size());
        }
    }

    @Test
    void refusesToStoreTheSameDocumentTwice() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            fill(store);
            var e = assertThrows(IllegalStateException.class, () -> store.add(SeedFixtures.result004(),
                    ContentHash.of(SeedFixtures.doc004().text())));
            assertTrue(e.getMessage().contains(SeedFixtures.DOC_004));
            assertEquals(new StoreCounts(2, 2, 8), store.counts());
        }
    }

    @Test
    void anUnreachableServerIsAClearErrorWithoutThePassword() {
        var e = assertThrows(IOException.class,
                () -> EventStore.open(dir, "jdbc:postgresql://127.0.0.1:1/rasid?user=u&password=s3cret&connectTimeout=2"));
        assertTrue(e.getMessage().contains("cannot open the event store"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void refusesAnUnknownDatabase() {
        var e = assertThrows(IllegalArgumentException.class, () -> EventStore.open(dir, "jdbc:mysql://x/y?password=s3cret"));
        assertFalse(e.getMessage().contains("s3cret"));
    }
}
