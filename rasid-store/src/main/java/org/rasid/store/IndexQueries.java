package org.rasid.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a user's search text and an {@link EventQuery}'s filters into Lucene queries over the
 * fields of {@link IndexFields}. Hostile search syntax is refused here with an
 * IllegalArgumentException (the API's 400), before the parser's recursion can be abused.
 */
final class IndexQueries {
    /** Longest query and deepest parenthesis nesting accepted: the parser recurses per "(". */
    static final int MAX_QUERY_CHARS = 2000;
    static final int MAX_NESTING = 32;

    /** Newest day first, then id; events without a day come last. */
    static final Sort NEWEST_FIRST = new Sort(descending("day"), descending("id"));

    private final Analyzer analyzer;

    IndexQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    private static SortField descending(String field) {
        SortField f = new SortField(field, SortField.Type.STRING, true);
        f.setMissingValue(SortField.STRING_FIRST); // reversed: missing sorts last
        return f;
    }

    /** Every event when {@code q.q()} is null, else the text query; the filters on top. */
    Query events(EventQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q.q() == null
                ? new TermQuery(new Term(IndexFields.KIND, IndexFields.EVENT)) : text(q.q(), IndexFields.EVENT),
                BooleanClause.Occur.MUST);
        if (q.from() != null || q.to() != null) {
            b.add(TermRangeQuery.newStringRange("day", q.from(), q.to(), true, true), BooleanClause.Occur.FILTER);
        }
        filter(b, "admin1", q.admin1());
        filter(b, "admin2", q.admin2());
        if (q.type() != null) {
            filter(b, q.type().matches("\\d\\d") ? "cameo" : "class", q.type());
        }
        filter(b, "sub_type", q.subType());
        filter(b, "actor", q.actor());
        filter(b, "outlet", q.outlet());
        if (q.minSources() != null && q.minSources() > 1) {
            // every event has a source: 1 filters nothing (and indexes made before sources were counted match)
            b.add(IntPoint.newRangeQuery("sources", q.minSources(), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (q.minConfidence() != null) {
            b.add(DoublePoint.newRangeQuery("confidence", q.minConfidence(), Double.POSITIVE_INFINITY),
                    BooleanClause.Occur.FILTER);
        }
        if (q.ids() != null) {
            b.add(new TermInSetQuery("id", q.ids().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        if (q.bbox() != null) {
            double[] x = q.bbox();
            b.add(LatLonPoint.newBoxQuery("geo", Math.max(-90, x[1]), Math.min(90, x[3]), Math.max(-180, x[0]),
                    Math.min(180, x[2])), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** A simple-syntax text query (title weighs double) limited to entries of one kind. */
    Query text(String q, String kind) {
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
        SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                Map.of(IndexFields.TEXT, 1f, IndexFields.TITLE, 2f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query text = parser.parse(q);
        if (text == null) {
            return new MatchNoDocsQuery();
        }
        return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, kind)), BooleanClause.Occur.FILTER)
                .build();
    }
}
