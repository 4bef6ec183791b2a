package org.rasid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of a data folder: one entry per story (its text and title) and one per
 * event (its evidence sentence), analysed for Arabic. The SQL store is the truth; this index
 * remembers in its commit data the last document sequence number it holds, so a crash
 * between the two commits is repaired by re-indexing from SQL.
 */
final class StoryIndex implements AutoCloseable {
    private static final String KEY = "key";
    private static final String KIND = "kind";
    private static final String TEXT = "text";
    private static final String TITLE = "title";
    private static final String SEQ = "rasid.seq";

    private final Directory dir;
    private final Analyzer analyzer = new ArabicSearchAnalyzer();
    private IndexWriter writer;
    private DirectoryReader reader;

    StoryIndex(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.dir = FSDirectory.open(folder);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The last document sequence number whose stories and events this index holds. */
    synchronized long indexedSeq() throws IOException {
        if (writer != null) {
            String v = writer.getLiveCommitData() == null ? null : userData(writer.getLiveCommitData()).get(SEQ);
            if (v != null) {
                return Long.parseLong(v);
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

    private static Map<String, String> userData(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> m = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    synchronized void addStory(String doc, int story, String title, String outlet, String published, String text)
            throws IOException {
        Document d = new Document();
        String key = "s:" + doc + "#" + story;
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new StringField(KIND, "story", Field.Store.NO));
        d.add(new StoredField("doc", doc));
        d.add(new StoredField("story", story));
        if (title != null) {
            d.add(new TextField(TITLE, title, Field.Store.YES));
        }
        if (outlet != null) {
            d.add(new StoredField("outlet", outlet));
        }
        if (published != null) {
            d.add(new StoredField("published", published));
        }
        d.add(new TextField(TEXT, text, Field.Store.YES));
        writer().updateDocument(new Term(KEY, key), d);
    }

    synchronized void addEvent(String id, String text) throws IOException {
        Document d = new Document();
        String key = "e:" + id;
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new StringField(KIND, "event", Field.Store.NO));
        d.add(new StoredField("id", id));
        d.add(new TextField(TEXT, text, Field.Store.NO));
        writer().updateDocument(new Term(KEY, key), d);
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
        if (writer == null) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (true) {
                try {
                    writer = new IndexWriter(dir, config());
                    break;
                } catch (LockObtainFailedException e) {
                    // another rasid process (an ingest, a server taking a POST) is writing: wait for it
                    if (System.nanoTime() > deadline) {
                        throw new IOException("search index is locked by another rasid process for 60 s", e);
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while waiting for the search index lock", ie);
                    }
                }
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

    private void done(IndexSearcher s) throws IOException {
        if (s != null) {
            ((DirectoryReader) s.getIndexReader()).decRef();
        }
    }

    private Query parse(String q, String kind) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TEXT, 1f, TITLE, 2f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query text = parser.parse(q);
        if (text == null) {
            return new MatchNoDocsQuery();
        }
        return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Ids of the events whose evidence matches {@code q}, best first, at most {@code max}. */
    List<String> eventIds(String q, int max) throws IOException {
        IndexSearcher s = searcher();
        if (s == null) {
            return List.of();
        }
        try {
            TopDocs top = s.search(parse(q, "event"), max);
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(s.storedFields().document(sd.doc).get("id"));
            }
            return ids;
        } finally {
            done(s);
        }
    }

    /** Stories matching {@code q}, best first. */
    List<SearchHit> stories(String q, int limit, int offset) throws IOException {
        IndexSearcher s = searcher();
        if (s == null) {
            return List.of();
        }
        try {
            TopDocs top = s.search(parse(q, "story"), offset + limit);
            Set<String> terms = terms(q);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document d = s.storedFields().document(top.scoreDocs[i].doc);
                hits.add(hit(d, top.scoreDocs[i].score, terms));
            }
            return hits;
        } finally {
            done(s);
        }
    }

    long count(String kind) throws IOException {
        IndexSearcher s = searcher();
        if (s == null) {
            return 0;
        }
        try {
            return s.count(new TermQuery(new Term(KIND, kind)));
        } finally {
            done(s);
        }
    }

    private SearchHit hit(Document d, float score, Set<String> terms) throws IOException {
        String text = d.get(TEXT);
        List<int[]> found = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && found.size() < 64) {
                if (terms.contains(term.toString())) {
                    found.add(new int[] {off.startOffset(), off.endOffset()});
                }
            }
            ts.end();
        }
        // a window of the original text around the first match; highlights shifted into it
        int first = found.isEmpty() ? 0 : found.get(0)[0];
        int start = Math.max(0, first - 80);
        while (start > 0 && start < first && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        int end = Math.min(text.length(), start + 320);
        List<int[]> marks = new ArrayList<>();
        for (int[] f : found) {
            if (f[0] >= start && f[1] <= end) {
                marks.add(new int[] {f[0] - start, f[1] - start});
            }
        }
        String storyField = d.get("story");
        return new SearchHit(d.get("doc"), storyField == null ? 0 : Integer.parseInt(storyField), d.get(TITLE),
                d.get("outlet"), d.get("published"), score, text.substring(start, end), marks);
    }

    private Set<String> terms(String q) throws IOException {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, q)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
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
