package org.rasid.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching events by (day, class, governorate) from doc values, without loading any
 * document: counted by ordinals within a segment, turned into strings once per distinct triple.
 */
final class FacetCollector extends SimpleCollector {
    /** Receives a count of matching events for one day, class and governorate (null for missing). */
    @FunctionalInterface
    interface FacetSink {
        void accept(String day, String eventClass, String admin1, long count);
    }

    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private final FacetSink sink;
    private final Map<Long, long[]> counts = new HashMap<>();
    private SortedDocValues day;
    private SortedDocValues cls;
    private SortedDocValues admin1;

    FacetCollector(FacetSink sink) {
        this.sink = sink;
    }

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
        long key = ((long) (ord(day, doc) + 1) << (2 * BITS)) | ((long) (ord(cls, doc) + 1) << BITS)
                | (ord(admin1, doc) + 1);
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    @Override
    public void finish() throws IOException {
        flush();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    private void flush() throws IOException {
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            long k = e.getKey();
            sink.accept(term(day, (int) (k >>> (2 * BITS)) - 1), term(cls, (int) ((k >>> BITS) & MASK) - 1),
                    term(admin1, (int) (k & MASK) - 1), e.getValue()[0]);
        }
        counts.clear();
    }

    private static int ord(SortedDocValues dv, int doc) throws IOException {
        return dv.advanceExact(doc) ? dv.ordValue() : -1;
    }

    private static String term(SortedDocValues dv, int ord) throws IOException {
        return ord < 0 ? null : dv.lookupOrd(ord).utf8ToString();
    }
}
