package org.rasid.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;

/**
 * An {@link Ingester} for bulk loads: documents run through the pipeline one by one as they
 * come, and are stored many per transaction ({@link EventStore#addAll}), which writes each
 * table's shared pages once per batch instead of once per document. A crash loses the
 * unfinished batch whole, never part of a document: each document is stored and merged
 * entirely or is absent. A batch the database refuses (another process stored one of its
 * documents meanwhile, say) is stored again one document per transaction, so one document
 * fails alone, as with the {@link Ingester}. Outcomes go to the caller's sink: duplicates and
 * failures at once, stored documents when their batch commits. Not thread-safe.
 */
public final class BatchIngester {
    /** Documents per transaction by default: past a few dozen, the gain per document is small. */
    public static final int DEFAULT_DOCUMENTS = 64;
    /** Characters of document text per transaction by default: bounds the memory a batch holds. */
    public static final long DEFAULT_CHARS = 4L << 20;

    private final EventStore store;
    private final Ingester ingester;
    private final int maxDocuments;
    private final long maxChars;
    private final Consumer<IngestOutcome> outcomes;
    private final List<Ingester.Prepared> batch = new ArrayList<>();
    // the batch's documents by content hash and by id, so that a repeat inside a batch is found as in the store
    private final Map<String, String> idByHash = new HashMap<>();
    private final Map<String, String> hashById = new HashMap<>();
    private long chars;

    /**
     * @param maxDocuments documents per transaction (1: one each, as the {@link Ingester})
     * @param maxChars     a batch is written once its texts hold this many characters
     */
    public BatchIngester(EventStore store, Function<Document, DocumentResult> pipeline, int maxDocuments,
                         long maxChars, Consumer<IngestOutcome> outcomes) {
        if (maxDocuments < 1 || maxChars < 1) {
            throw new IllegalArgumentException("a batch holds at least one document and one character");
        }
        this.store = store;
        this.ingester = new Ingester(store, pipeline);
        this.maxDocuments = maxDocuments;
        this.maxChars = maxChars;
        this.outcomes = outcomes;
    }

    /** Runs {@code doc} through the pipeline and adds it to the batch, writing the batch when full. */
    public void ingest(Document doc) {
        Ingester.Prepared p = ingester.prepare(doc, this::withHash, id -> hashById.containsKey(id) || store.hasDocument(id));
        if (p.outcome() != null) {
            outcomes.accept(p.outcome());
            return;
        }
        Document d = p.result().document();
        batch.add(p);
        idByHash.put(p.hash(), d.id());
        hashById.put(d.id(), p.hash());
        chars += d.text().length();
        if (batch.size() >= maxDocuments || chars >= maxChars) {
            flush();
        }
    }

    /** Writes the documents waiting in the batch (call it at the end of a load). */
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<DocumentResult> results = new ArrayList<>(batch.size());
        List<String> hashes = new ArrayList<>(batch.size());
        for (Ingester.Prepared p : batch) {
            results.add(p.result());
            hashes.add(p.hash());
        }
        List<Ingester.Prepared> written = List.copyOf(batch);
        batch.clear();
        idByHash.clear();
        hashById.clear();
        chars = 0;
        try {
            store.addAll(results, hashes);
        } catch (IllegalStateException e) {
            // the whole batch was rolled back: store its documents one by one, so only a bad one fails
            written.forEach(p -> outcomes.accept(ingester.store(p)));
            return;
        }
        for (DocumentResult r : results) {
            outcomes.accept(Ingester.stored(r, r.events().size()));
        }
    }

    private Optional<String> withHash(String hash) {
        String pending = idByHash.get(hash);
        return pending != null ? Optional.of(pending) : store.documentWithHash(hash);
    }
}
