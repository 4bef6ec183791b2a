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
    private final boolean replayDuplicates;

    public Ingester(EventStore store, Pipeline pipeline) {
        this(store, pipeline::process);
    }

    public Ingester(EventStore store, Function<Document, DocumentResult> pipeline) {
        this(store, pipeline, false);
    }

    /**
     * @param replayDuplicates run the pipeline on already-stored documents too (storing nothing),
     *                         so a pipeline with run-wide state (the cross-document duplicate
     *                         index) sees every document: a resumed ingest then stores exactly
     *                         what an uninterrupted one would
     */
    public Ingester(EventStore store, Function<Document, DocumentResult> pipeline, boolean replayDuplicates) {
        this.store = store;
        this.pipeline = pipeline;
        this.replayDuplicates = replayDuplicates;
    }

    public IngestOutcome ingest(Document doc) {
        String hash = ContentHash.of(doc.text());
        var existing = store.documentWithHash(hash);
        if (existing.isPresent()) {
            if (replayDuplicates) {
                try {
                    var unused = pipeline.apply(doc); // only its effect on run-wide state counts
                } catch (RuntimeException | StackOverflowError e) {
                    // it was stored once already; its replay only feeds run-wide state
                }
            }
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
