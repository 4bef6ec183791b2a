package org.rasid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a data folder: one entry per story (its text and title) and one per
 * event (its evidence sentence), analysed for Arabic. The SQL store is the truth; this index
 * remembers in its commit data the last document sequence number it holds, so a crash
 * between the two commits is repaired by re-indexing from SQL. Readers see the last commit;
 * only one process at a time holds the writer (Lucene's lock on the folder).
 */
final class StoryIndex implements AutoCloseable {
    private static final String SEQ = "rasid.seq";
    private static final long LOCK_WAIT_NANOS = 60_000_000_000L;

    private final Directory dir;
    private final Analyzer analyzer = new ArabicSearchAnalyzer();
    private final IndexQueries queries = new IndexQueries(analyzer);
    private final SearchSnippets snippets = new SearchSnippets(analyzer);
    private IndexWriter writer;
    private DirectoryReader reader;

    StoryIndex(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.dir = FSDirectory.open(folder);
    }

    /** The last document sequence number whose stories and events this index holds. */
    synchronized long indexedSeq() throws IOException {
        if (writer != null && writer.getLiveCommitData() != null) {
            Map<String, String> live = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> live.put(e.getKey(), e.getValue()));
            if (live.get(SEQ) != null) {
                return Long.parseLong(live.get(SEQ));
            }
        }
        if (!DirectoryReader.indexExists(dir)) {
            return 0;
        }
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            String v = r.getIndexCommit().getUserData().get(SEQ);
            return v == null ? 0 : Long.parseLong(v);
        }
    }

    synchronized void addStory(String doc, int story, String title, String outlet, String published, String text)
            throws IOException {
        writer().updateDocument(new Term(IndexFields.KEY, IndexFields.storyKey(doc, story)),
                IndexFields.story(doc, story, title, outlet, published, text));
    }

    /**
     * One event: its evidence text for search, and every field the filters use, so that a
     * text query with filters is answered by the index alone, exactly and in day order.
     */
    synchronized void deleteEvent(String id) throws IOException {
        writer().deleteDocuments(new Term(IndexFields.KEY, IndexFields.eventKey(id)));
    }

    synchronized void addEvent(EventFacets f, String text) throws IOException {
        writer().updateDocument(new Term(IndexFields.KEY, IndexFields.eventKey(f.id())), IndexFields.event(f, text));
    }

    /** Makes everything added so far durable and records {@code seq} as held. */
    synchronized void commit(long seq) throws IOException {
        if (writer == null) {
            return;
        }
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
        writer.commit();
    }

    /** Commits and lets other processes write (the writer holds a lock on the folder). */
    synchronized void release(long seq) throws IOException {
        if (writer != null) {
            commit(seq);
            writer.close();
            writer = null;
        }
    }

    synchronized boolean isOpen() {
        return writer != null;
    }

    /** Opens the writer unless another process holds the folder's lock; true when held. */
    synchronized boolean tryLock() throws IOException {
        if (writer == null) {
            try {
                writer = new IndexWriter(dir, config());
            } catch (LockObtainFailedException e) {
                return false;
            }
        }
        return true;
    }

    private IndexWriterConfig config() {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(64);
        return cfg;
    }

    private IndexWriter writer() throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
        while (!tryLock()) {
            // another rasid process (an ingest, a server taking a POST) is writing: wait for it
            if (System.nanoTime() > deadline) {
                throw new IOException("search index is locked by another rasid process for 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the search index lock", ie);
            }
        }
        return writer;
    }

    private synchronized IndexSearcher searcher() throws IOException {
        if (reader == null) {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            reader = DirectoryReader.open(dir);
        } else {
            DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
            if (fresh != null) {
                reader.decRef();
                reader = fresh;
            }
        }
        reader.incRef();
        return new IndexSearcher(reader);
    }

    /** What a caller does with a searcher; the searcher is released after it. */
    private interface SearcherWork<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    /** Runs {@code work} on a fresh searcher, or gives {@code ifNoIndex} when there is no index yet. */
    private <T> T withSearcher(T ifNoIndex, SearcherWork<T> work) throws IOException {
        IndexSearcher s = searcher();
        if (s == null) {
            return ifNoIndex;
        }
        try {
            return work.apply(s);
        } finally {
            ((DirectoryReader) s.getIndexReader()).decRef();
        }
    }

    /** Ids of the events matching a text query and filters, newest day first, one page. */
    List<String> eventPage(EventQuery q, int limit, int offset) throws IOException {
        return withSearcher(List.of(), s -> {
            TopFieldDocs top = s.search(queries.events(q), Math.max(1, offset + limit), IndexQueries.NEWEST_FIRST);
            List<String> ids = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ids.add(((BytesRef) ((FieldDoc) top.scoreDocs[i]).fields[1]).utf8ToString());
            }
            return ids;
        });
    }

    long eventCount(EventQuery q) throws IOException {
        return withSearcher(0L, s -> (long) s.count(queries.events(q)));
    }

    /** Counts of the matching events by day, class and governorate (null for missing). */
    void eventFacets(EventQuery q, FacetCollector.FacetSink sink) throws IOException {
        withSearcher(null, s -> {
            s.search(queries.events(q), new FacetCollector(sink));
            return null;
        });
    }

    /** Stories matching {@code q}, best first. */
    List<SearchHit> stories(String q, int limit, int offset) throws IOException {
        return withSearcher(List.of(), s -> {
            TopDocs top;
            try {
                top = s.search(queries.text(q, IndexFields.STORY), offset + limit);
            } catch (IndexSearcher.TooManyClauses e) {
                // a query with more terms than Lucene's clause limit is the user's to shorten
                throw new IllegalArgumentException("the search query has too many terms (at most "
                        + IndexSearcher.getMaxClauseCount() + ")", e);
            }
            Set<String> terms = snippets.terms(q);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document d = s.storedFields().document(top.scoreDocs[i].doc);
                hits.add(snippets.hit(d, top.scoreDocs[i].score, terms));
            }
            return hits;
        });
    }

    /** How many entries of a kind ("story" or "event") the last commit holds. */
    long count(String kind) throws IOException {
        return withSearcher(0L, s -> (long) s.count(new TermQuery(new Term(IndexFields.KIND, kind))));
    }

    /** Drops everything (used when the SQL store was reset under a stale index). */
    synchronized void clear() throws IOException {
        writer().deleteAll();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            if (reader != null) {
                reader.decRef();
                reader = null;
            }
        } finally {
            dir.close();
        }
    }
}
