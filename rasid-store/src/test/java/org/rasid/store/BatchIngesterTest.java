package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class BatchIngesterTest {
    @TempDir
    Path dir;

    private static List<Document> seeds() {
        List<Document> docs = new ArrayList<>();
        for (Path f : SeedFixtures.seedFiles()) {
            String id = f.getFileName().toString().replace(".txt", "");
            docs.add(Document.ofText(id, SeedFixtures.text(id)));
        }
        return docs;
    }

    private static String events(EventStore store) {
        store.flush(); // the index answers event queries: make what was added searchable
        return store.events(EventQuery.all()).stream().map(Object::toString).sorted()
                .collect(Collectors.joining("\n"));
    }

    @Test
    void storesWhatOneDocumentPerTransactionStores() throws IOException {
        Pipeline pipeline = Pipeline.withDefaults();
        String one;
        try (EventStore store = EventStore.open(dir.resolve("one"), null)) {
            Ingester ingester = new Ingester(store, pipeline);
            seeds().forEach(ingester::ingest);
            one = events(store) + store.counts();
        }
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (EventStore store = EventStore.open(dir.resolve("batched"), null)) {
            BatchIngester batched = new BatchIngester(store, pipeline::process, 2, Long.MAX_VALUE, outcomes::add);
            seeds().forEach(batched::ingest);
            batched.flush();
            assertEquals(one, events(store) + store.counts());
        }
        assertEquals(seeds().size(), outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.status() == IngestOutcome.Status.STORED), outcomes.toString());
    }

    @Test
    void aBatchIsStoredWholeWhenItCommitsAndNotBefore() throws IOException {
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (EventStore store = EventStore.open(dir, null)) {
            BatchIngester batched = new BatchIngester(store, Pipeline.withDefaults()::process, 3, Long.MAX_VALUE,
                    outcomes::add);
            List<Document> docs = seeds();
            batched.ingest(docs.get(0));
            batched.ingest(docs.get(1));
            assertEquals(0, store.counts().documents(), "nothing is written before the batch is full");
            assertEquals(List.of(), outcomes);
            batched.ingest(docs.get(2));
            assertEquals(3, store.counts().documents());
            assertEquals(3, outcomes.size());
        }
    }

    @Test
    void aRepeatInsideTheBatchIsFoundAsInTheStore() throws IOException {
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (EventStore store = EventStore.open(dir, null)) {
            BatchIngester batched = new BatchIngester(store, Pipeline.withDefaults()::process, 10, Long.MAX_VALUE,
                    outcomes::add);
            String first = SeedFixtures.text("001_fae6d0f5455e8ef5");
            String second = SeedFixtures.text("002_834b7bc7731df8b0");
            batched.ingest(Document.ofText("page", first));
            batched.ingest(Document.ofText("copy", first));
            batched.ingest(Document.ofText("page", second));
            // the copy is known at once; the stored ones when the batch commits
            assertEquals(1, outcomes.size());
            assertEquals(IngestOutcome.Status.DUPLICATE, outcomes.get(0).status());
            assertEquals("page", outcomes.get(0).doc());
            batched.flush();
            assertEquals(3, outcomes.size());
            String renamed = outcomes.get(2).doc();
            assertTrue(renamed.startsWith("page~"), renamed);
            assertEquals(first, store.document("page").orElseThrow().text());
            assertEquals(second, store.document(renamed).orElseThrow().text());
            assertEquals(2, store.counts().documents());
        }
    }

    @Test
    void aBatchTheDatabaseRefusesIsStoredOneByOne() throws IOException {
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (EventStore store = EventStore.open(dir, null)) {
            Pipeline pipeline = Pipeline.withDefaults();
            BatchIngester batched = new BatchIngester(store, pipeline::process, 10, Long.MAX_VALUE, outcomes::add);
            List<Document> docs = seeds();
            batched.ingest(docs.get(0));
            batched.ingest(docs.get(1));
            // meanwhile another writer stores one of them: the batch's transaction fails on it
            new Ingester(store, pipeline).ingest(docs.get(1));
            batched.flush();
            assertEquals(List.of(IngestOutcome.Status.STORED, IngestOutcome.Status.DUPLICATE),
                    outcomes.stream().map(IngestOutcome::status).toList());
            assertEquals(2, store.counts().documents());
        }
    }
}
