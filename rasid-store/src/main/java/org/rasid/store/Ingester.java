package org.rasid.store;

import java.util.function.Function;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;

/**
 * Runs documents through the pipeline into a store, once each: a document whose text is
 * already stored (same content hash) is a duplicate and costs no pipeline run. A document
 * whose id is taken by different content is kept under "id~hash8" so nothing is overwritten.
 * A failure of one document is reported in its outcome and never stops the caller.
 */
public final class Ingester {
    private final EventStore store;
    private final Function<Document, DocumentResult> pipeline;

    public Ingester(EventStore store, Pipeline pipeline) {
        this(store, pipeline::process);
    }

    /** @param pipeline a document's reports, found in it alone (the store merges across documents) */
    public Ingester(EventStore store, Function<Document, DocumentResult> pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    public IngestOutcome ingest(Document doc) {
        String hash = ContentHash.of(doc.text());
        var existing = store.documentWithHash(hash);
        if (existing.isPresent()) {
            return new IngestOutcome(existing.get(), IngestOutcome.Status.DUPLICATE, 0, 0,
                    "same content as stored document " + existing.get());
        }
        if (doc.text().isBlank()) {
            return new IngestOutcome(doc.id(), IngestOutcome.Status.FAILED, 0, 0, "empty document: " + doc.source());
        }
        Document d = doc;
        if (store.hasDocument(doc.id())) {
            d = new Document(doc.id() + "~" + hash.substring(0, 8), doc.source(), doc.text(), doc.title(), doc.url(),
                    doc.outlet(), doc.published(), doc.charset());
        }
        DocumentResult result;
        try {
            result = pipeline.apply(d);
        } catch (RuntimeException | StackOverflowError e) {
            return new IngestOutcome(d.id(), IngestOutcome.Status.FAILED, 0, 0,
                    "pipeline failed on " + d.source() + ": " + e);
        }
        try {
            int events = store.add(result, hash);
            return new IngestOutcome(d.id(), IngestOutcome.Status.STORED, result.stories().size(), events, null);
        } catch (IllegalStateException e) {
            // a concurrent writer stored the same content first
            var now = store.documentWithHash(hash);
            if (now.isPresent()) {
                return new IngestOutcome(now.get(), IngestOutcome.Status.DUPLICATE, 0, 0,
                        "same content as stored document " + now.get());
            }
            return new IngestOutcome(d.id(), IngestOutcome.Status.FAILED, 0, 0, e.getMessage());
        }
    }
}
