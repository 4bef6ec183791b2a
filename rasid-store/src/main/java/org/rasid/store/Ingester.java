package org.rasid.store;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;

/**
 * Runs documents through the pipeline into a store, once each: a document whose text is
 * already stored (same content hash) is a duplicate and costs no pipeline run. A document
 * whose id is taken by different content is kept under "id~hash8" so nothing is overwritten.
 * A failure of one document is reported in its outcome and never stops the caller.
 * {@link BatchIngester} does the same, storing many documents per transaction.
 */
public final class Ingester {
    /** A document run through the pipeline and ready to store under {@code hash}, or the outcome that ends it here. */
    record Prepared(DocumentResult result, String hash, IngestOutcome outcome) {
    }

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
        Prepared p = prepare(doc, store::documentWithHash, store::hasDocument);
        return p.outcome() != null ? p.outcome() : store(p);
    }

    /**
     * The pipeline's result for {@code doc}, unless its content is stored already or it fails.
     *
     * @param withHash the document holding a content hash, among the stored (and any about to be)
     * @param taken    whether a document id is taken, among the same
     */
    Prepared prepare(Document doc, Function<String, Optional<String>> withHash, Predicate<String> taken) {
        String hash = ContentHash.of(doc.text());
        Optional<String> existing = withHash.apply(hash);
        if (existing.isPresent()) {
            return ended(duplicate(existing.get()));
        }
        if (doc.text().isBlank()) {
            return ended(new IngestOutcome(doc.id(), IngestOutcome.Status.FAILED, 0, 0, "empty document: " + doc.source()));
        }
        Document d = doc;
        if (taken.test(doc.id())) {
            d = new Document(doc.id() + "~" + hash.substring(0, 8), doc.source(), doc.text(), doc.title(), doc.url(),
                    doc.outlet(), doc.published(), doc.charset());
        }
        try {
            return new Prepared(pipeline.apply(d), hash, null);
        } catch (RuntimeException | StackOverflowError e) {
            return ended(new IngestOutcome(d.id(), IngestOutcome.Status.FAILED, 0, 0,
                    "pipeline failed on " + d.source() + ": " + e));
        }
    }

    /** Stores one prepared document in a transaction of its own. */
    IngestOutcome store(Prepared p) {
        DocumentResult result = p.result();
        try {
            int events = store.add(result, p.hash());
            return stored(result, events);
        } catch (IllegalStateException e) {
            // a concurrent writer stored the same content first
            var now = store.documentWithHash(p.hash());
            if (now.isPresent()) {
                return duplicate(now.get());
            }
            return new IngestOutcome(result.document().id(), IngestOutcome.Status.FAILED, 0, 0, e.getMessage());
        }
    }

    static IngestOutcome stored(DocumentResult result, int events) {
        return new IngestOutcome(result.document().id(), IngestOutcome.Status.STORED, result.stories().size(), events,
                null);
    }

    private static IngestOutcome duplicate(String of) {
        return new IngestOutcome(of, IngestOutcome.Status.DUPLICATE, 0, 0, "same content as stored document " + of);
    }

    private static Prepared ended(IngestOutcome outcome) {
        return new Prepared(null, null, outcome);
    }
}
