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
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

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
            d.add(new StoredField("story_outlet", outlet));
        }
        if (published != null) {
            d.add(new StoredField("published", published));
        }
        d.add(new TextField(TEXT, text, Field.Store.YES));
        writer().updateDocument(new Term(KEY, key), d);
    }

    /**
     * One event: its evidence text for search, and every field the filters use, so that a
     * text query with filters is answered by the index alone, exactly and in day order.
     */
    synchronized void addEvent(EventFacets f, String text) throws IOException {
        Document d = new Document();
        String key = "e:" + f.id();
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new StringField(KIND, "event", Field.Store.NO));
        d.add(new StringField("id", f.id(), Field.Store.NO));
        d.add(new SortedDocValuesField("id", new BytesRef(f.id())));
        if (f.day() != null) {
            d.add(new StringField("day", f.day(), Field.Store.NO));
            d.add(new SortedDocValuesField("day", new BytesRef(f.day())));
        }
        keyword(d, "admin1", f.admin1());
        keyword(d, "admin2", f.admin2());
        keyword(d, "class", f.eventClass());
        keyword(d, "cameo", f.cameo());
        keyword(d, "sub_type", f.subType());
        for (String a : f.actors()) {
            d.add(new StringField("actor", a, Field.Store.NO));
        }
        for (String o : f.outlets()) {
            d.add(new StringField("outlet", o, Field.Store.NO));
        }
        if (f.latitude() != null && f.longitude() != null && Math.abs(f.latitude()) <= 90
                && Math.abs(f.longitude()) <= 180) {
            d.add(new LatLonPoint("geo", f.latitude(), f.longitude()));
        }
        d.add(new TextField(TEXT, text, Field.Store.NO));
        writer().updateDocument(new Term(KEY, key), d);
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.NO));
            d.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    /** A text query over events with the other filters, all evaluated in the index. */
    private Query eventQuery(EventQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q.q() == null
                ? new TermQuery(new Term(KIND, "event")) : parse(q.q(), "event"), BooleanClause.Occur.MUST);
        if (q.from() != null || q.to() != null) {
            b.add(TermRangeQuery.newStringRange("day", q.from(), q.to(), true, true), BooleanClause.Occur.FILTER);
        }
        term(b, "admin1", q.admin1());
        term(b, "admin2", q.admin2());
        if (q.type() != null) {
            term(b, q.type().matches("\\d\\d") ? "cameo" : "class", q.type());
        }
        term(b, "sub_type", q.subType());
        term(b, "actor", q.actor());
        term(b, "outlet", q.outlet());
        if (q.bbox() != null) {
            double[] x = q.bbox();
            b.add(LatLonPoint.newBoxQuery("geo", Math.max(-90, x[1]), Math.min(90, x[3]), Math.max(-180, x[0]),
                    Math.min(180, x[2])), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static final Sort NEWEST_FIRST = new Sort(sortField("day"), sortField("id"));

    private static SortField sortField(String field) {
        SortField f = new SortField(field, SortField.Type.STRING, true);
        f.setMissingValue(SortField.STRING_FIRST); // reversed: events without a day come last
        return f;
    }

    /** Ids of the events matching a text query and filters, newest day first, one page. */
    List<String> eventPage(EventQuery q, int limit, int offset) throws IOException {
        return withSearcher(List.of(), s -> {
            TopFieldDocs top = s.search(eventQuery(q), Math.max(1, offset + limit), NEWEST_FIRST);
            List<String> ids = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ids.add(((BytesRef) ((FieldDoc) top.scoreDocs[i]).fields[1]).utf8ToString());
            }
            return ids;
        });
    }

    long eventCount(EventQuery q) throws IOException {
        return withSearcher(0L, s -> {
            return (long) s.count(eventQuery(q));
        });
    }

    /** Counts of the matching events by day, class and governorate (null for missing). */
    void eventFacets(EventQuery q, FacetSink sink) throws IOException {
        withSearcher(null, s -> {
            s.search(eventQuery(q), new SimpleCollector() {
                SortedDocValues day;
                SortedDocValues cls;
                SortedDocValues admin1;
                // counted by ordinals within a segment; turned into strings once per distinct triple
                final Map<Long, long[]> counts = new java.util.HashMap<>();

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    flush();
                    day = DocValues.getSorted(ctx.reader(), "day");
                    cls = DocValues.getSorted(ctx.reader(), "class");
                    admin1 = DocValues.getSorted(ctx.reader(), "admin1");
                }

                @Override
                public void collect(int doc) throws IOException {
                    // ordinals + 1 (0 = missing) packed in 21 bits each
                    long key = ((long) (ord(day, doc) + 1) << 42) | ((long) (ord(cls, doc) + 1) << 21)
                            | (ord(admin1, doc) + 1);
                    counts.computeIfAbsent(key, k -> new long[1])[0]++;
                }

                @Override
                public void finish() throws IOException {
                    flush();
                }

                private void flush() throws IOException {
                    for (Map.Entry<Long, long[]> e : counts.entrySet()) {
                        long k = e.getKey();
                        sink.accept(term(day, (int) (k >>> 42) - 1), term(cls, (int) ((k >>> 21) & 0x1FFFFF) - 1),
                                term(admin1, (int) (k & 0x1FFFFF) - 1), e.getValue()[0]);
                    }
                    counts.clear();
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return null;
        });
    }

    private static int ord(SortedDocValues dv, int doc) throws IOException {
        return dv.advanceExact(doc) ? dv.ordValue() : -1;
    }

    private static String term(SortedDocValues dv, int ord) throws IOException {
        return ord < 0 ? null : dv.lookupOrd(ord).utf8ToString();
    }

    /** Receives a count of matching events for one day, class and governorate. */
    @FunctionalInterface
    interface FacetSink {
        void accept(String day, String eventClass, String admin1, long count);
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
            done(s);
        }
    }

    private void done(IndexSearcher s) throws IOException {
        if (s != null) {
            ((DirectoryReader) s.getIndexReader()).decRef();
        }
    }

    /** Longest query and deepest parenthesis nesting accepted: the parser recurses per "(". */
    static final int MAX_QUERY_CHARS = 2000;
    static final int MAX_NESTING = 32;

    private Query parse(String q, String kind) {
        if (q.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("the search query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        int depth = 0;
        for (int i = 0; i < q.length(); i++) {
            depth += q.charAt(i) == '(' ? 1 : 0;
            if (depth > MAX_NESTING) {
                throw new IllegalArgumentException("the search query nests parentheses deeper than " + MAX_NESTING);
            }
        }
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

    /** A query with more terms than Lucene's clause limit is the user's to shorten, not a server error. */
    private TopDocs search(IndexSearcher s, String q, String kind, int n) throws IOException {
        try {
            return s.search(parse(q, kind), n);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the search query has too many terms (at most "
                    + IndexSearcher.getMaxClauseCount() + ")", e);
        }
    }

    /** Stories matching {@code q}, best first. */
    List<SearchHit> stories(String q, int limit, int offset) throws IOException {
        return withSearcher(List.of(), s -> {
            TopDocs top = search(s, q, "story", offset + limit);
            Set<String> terms = terms(q);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document d = s.storedFields().document(top.scoreDocs[i].doc);
                hits.add(hit(d, top.scoreDocs[i].score, terms));
            }
            return hits;
        });
    }

    long count(String kind) throws IOException {
        return withSearcher(0L, s -> {
            return (long) s.count(new TermQuery(new Term(KIND, kind)));
        });
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
                d.get("story_outlet"), d.get("published"), score, text.substring(start, end), marks);
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
