package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;

class IngesterTest {
    @TempDir
    Path dir;

    private static DocumentResult fixtures(Document d) {
        if (d.id().equals(SeedFixtures.DOC_004)) {
            return SeedFixtures.result004();
        }
        return Pipeline.withDefaults().process(d);
    }

    @Test
    void reingestingTheSameContentAddsNothing() throws IOException {
        AtomicInteger runs = new AtomicInteger();
        try (EventStore store = EventStore.open(dir, null)) {
            Ingester ingester = new Ingester(store, d -> {
                runs.incrementAndGet();
                return fixtures(d);
            });
            var first = ingester.ingest(SeedFixtures.doc004());
            assertEquals(IngestOutcome.Status.STORED, first.status());
            assertEquals(7, first.events());
            var again = ingester.ingest(SeedFixtures.doc004());
            assertEquals(IngestOutcome.Status.DUPLICATE, again.status());
            // the same text under another name is the same document
            var copy = ingester.ingest(Document.ofText("copy-of-004", SeedFixtures.text(SeedFixtures.DOC_004)));
            assertEquals(IngestOutcome.Status.DUPLICATE, copy.status());
            assertEquals(SeedFixtures.DOC_004, copy.doc());
            assertEquals(1, runs.get(), "duplicates cost no pipeline run");
            assertEquals(new StoreCounts(1, 1, 7), store.counts());
        }
        try (EventStore store = EventStore.open(dir, null)) {
            var again = new Ingester(store, IngesterTest::fixtures).ingest(SeedFixtures.doc004());
            assertEquals(IngestOutcome.Status.DUPLICATE, again.status());
            assertEquals(new StoreCounts(1, 1, 7), store.counts());
        }
    }

    @Test
    void keepsDifferentContentUnderATakenIdBesideTheFirst() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            Ingester ingester = new Ingester(store, Pipeline.withDefaults());
            String first = SeedFixtures.text("001_fae6d0f5455e8ef5");
            String second = SeedFixtures.text("002_834b7bc7731df8b0");
            assertEquals(IngestOutcome.Status.STORED, ingester.ingest(Document.ofText("page", first)).status());
            var out = ingester.ingest(Document.ofText("page", second));
            assertEquals(IngestOutcome.Status.STORED, out.status());
            assertTrue(out.doc().startsWith("page~"), out.doc());
            assertEquals(first, store.document("page").orElseThrow().text());
            assertEquals(second, store.document(out.doc()).orElseThrow().text());
        }
    }

    @Test
    void aFailingDocumentIsReportedAndStoresNothing() throws IOException {
        try (EventStore store = EventStore.open(dir, null)) {
            Ingester ingester = new Ingester(store, d -> {
                throw new IllegalArgumentException("boom");
            });
            var out = ingester.ingest(SeedFixtures.doc000());
            assertEquals(IngestOutcome.Status.FAILED, out.status());
            assertTrue(out.message().contains("boom") && out.message().contains(SeedFixtures.DOC_000), out.message());
            assertEquals(new StoreCounts(0, 0, 0), store.counts());
            assertEquals(IngestOutcome.Status.FAILED, ingester.ingest(Document.ofText("blank", " \n ")).status());
        }
    }
}
