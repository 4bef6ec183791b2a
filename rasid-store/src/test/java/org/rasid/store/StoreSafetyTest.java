package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.pipeline.DocumentResult;

/**
 * The store under hostile filters and concurrent use: SQL injection strings in every filter are
 * plain values (bound parameters), hostile full-text queries end as results or a clear
 * IllegalArgumentException, and readers keep working while a writer adds documents.
 */
class StoreSafetyTest {
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "' OR 1=1 --", "x'; DROP TABLE events; --", "\"; DELETE FROM documents; --",
            "SY-HL' OR admin1 LIKE '%", "%", "_", "\\", "%' --", "|HTS|%", "') UNION SELECT body FROM events --",
            "1; ATTACH DATABASE '/tmp/x.db' AS x; --", "\u0000", "'||(SELECT sqlite_version())||'",
            "$1", "?", "NULL", "حلب' OR '1'='1", "Battles' --", "cameo:04' OR '1'='1");

    @TempDir
    Path dir;

    private static EventQuery query(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return EventQuery.fromParams(m::get, 100);
    }

    @Test
    void injectionStringsInFiltersAreJustValues() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            EventStoreTest.fill(store);
            StoreCounts before = store.counts();
            assertEquals(8, store.events(query()).size());
            for (String param : List.of("admin1", "admin2", "type", "sub_type", "actor", "outlet", "q")) {
                IllegalArgumentException nul = org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, () -> query(param, "HTS\u0000' OR 1=1"));
                assertTrue(nul.getMessage().contains("NUL"));
            }
            for (String bad : INJECTIONS) {
                if (bad.contains("\u0000")) {
                    continue;
                }
                for (String param : List.of("admin1", "admin2", "type", "sub_type", "actor", "outlet")) {
                    EventQuery q = query(param, bad);
                    assertEquals(List.of(), store.events(q), param + "=" + bad + " matched events");
                    assertEquals(0, store.countEvents(q), param + "=" + bad);
                    assertEquals(0, store.stats(q).total(), param + "=" + bad);
                }
                assertTrue(store.event(bad).isEmpty());
                assertTrue(store.document(bad).isEmpty());
                assertTrue(store.stories(bad).isEmpty());
                store.events(query("q", bad)); // a text query: any result, no exception
                store.search(bad, 10, 0);
            }
            // The tables are all still there and unchanged.
            assertEquals(before, store.counts());
            // and real values still match, so the filters did run
            assertEquals(2, store.countEvents(query("actor", "HTS")));
            assertEquals(1, store.countEvents(query("actor", "YPG", "admin1", "SY-HL")));
        }
    }

    @Test
    void hostileSearchQueriesAreAnsweredOrRefusedClearly() throws IOException {
        Random r = new Random(7);
        String[] atoms = {"قصف", "حلب", "\"", "(", ")", "*", "~", "~2", "+", "-", "|", "AND", "OR", "NOT", "\\", "?",
                ":", "[", "]", "{", "}", "^", "ال*", "ا~9", "\u200F", "\uFEFF", "\uD800", "/", "'", "%", " "};
        try (EventStore store = EventStore.open(dir, null)) {
            EventStoreTest.fill(store);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                StringBuilder b = new StringBuilder();
                int n = 1 + r.nextInt(12);
                for (int k = 0; k < n; k++) {
                    b.append(atoms[r.nextInt(atoms.length)]);
                }
                queries.add(b.toString());
            }
            queries.add("قصف ".repeat(3000));                         // more terms than Lucene's clause limit
            queries.add(String.join(" OR ", Collections.nCopies(3000, "حلب")));
            queries.add("\"" + "قصف ".repeat(2000) + "\"");
            queries.add("ا*".repeat(200));
            queries.add("(".repeat(5000) + "حلب" + ")".repeat(5000));
            queries.add("x".repeat(100_000));
            queries.add("حلب~2 ".repeat(330));                         // fuzzy terms that expand past the clause limit
            queries.add("ق~2 ".repeat(490));
            queries.add("ا* ".repeat(600));
            for (String q : queries) {
                try {
                    assertTrue(store.search(q, 10, 0).size() <= 10);
                    store.events(query("q", q));
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "refusal without a reason: " + q);
                }
            }
            assertEquals(1, store.search("مورك", 10, 0).size(), "search still works");
        }
    }

    @Test
    void readersKeepWorkingWhileAWriterAddsDocuments() throws Exception {
        int docs = 40;
        try (EventStore store = EventStore.open(dir, null)) {
            EventStoreTest.fill(store);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            AtomicLong reads = new AtomicLong();
            CountDownLatch started = new CountDownLatch(3);
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int kind = t;
                Thread reader = new Thread(() -> {
                    started.countDown();
                    long lastCount = 0;
                    while (writing.get()) {
                        try {
                            switch (kind) {
                                case 0 -> {
                                    long n = store.countEvents(query());
                                    assertTrue(n >= lastCount, "event count went back from " + lastCount + " to " + n);
                                    lastCount = n;
                                    store.events(query("admin1", "SY-HL", "limit", "50"));
                                }
                                case 1 -> {
                                    store.search("اشتباكات", 20, 0);
                                    store.events(query("q", "عبوة ناسفة"));
                                }
                                default -> {
                                    store.stats(query());
                                    assertNotNull(store.document(SeedFixtures.DOC_004).orElseThrow());
                                    for (Event e : store.events(query("limit", "20"))) {
                                        assertNotNull(store.event(e.id()).orElseThrow());
                                    }
                                }
                            }
                            reads.incrementAndGet();
                        } catch (Throwable e) {
                            errors.add(e);
                            return;
                        }
                    }
                });
                reader.start();
                readers.add(reader);
            }
            started.await();
            DocumentResult seed = SeedFixtures.result004();
            List<Event> reports = new ArrayList<>(SeedFixtures.result004().events());
            reports.addAll(SeedFixtures.result000().events());
            for (int i = 0; i < docs; i++) {
                DocumentResult copy = renamed(seed, "copy" + i);
                reports.addAll(copy.events());
                store.add(copy, ContentHash.of(copy.document().text()));
                if (i % 10 == 9) {
                    store.flush();
                }
            }
            store.flush();
            writing.set(false);
            for (Thread t : readers) {
                t.join(60_000);
            }
            assertEquals(List.of(), errors.stream().map(Throwable::toString).toList());
            assertTrue(reads.get() > 0, "readers ran");
            assertEquals(2 + docs, store.counts().documents());
            // each copy's dated reports join the events of 004: what one merge of every report gives
            assertEquals(new org.rasid.merge.EventMerger().merge(reports).size(),
                    store.countEvents(EventQuery.all()));
            assertTrue(store.countEvents(EventQuery.all()) < 8 + 7L * docs);
            System.out.printf("store concurrency: %d reads by 3 readers while %d documents were written%n",
                    reads.get(), docs);
        }
    }

    /** The seed result under a new document id (see {@link SeedFixtures#copyAs}). */
    static DocumentResult renamed(DocumentResult r, String id) {
        return SeedFixtures.copyAs(r, id);
    }
}
