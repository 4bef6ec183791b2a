package org.rasid.store;

import org.apache.lucene.search.IndexSearcher;

/**
 * The one limit on how broad a full-text query may be: Lucene's clause count, reached by many
 * terms or by fuzzy terms that each expand to dozens. Every place that runs a query (the search
 * endpoint, the event filters, stats, exports, the CLI) answers it with the same user error.
 */
public final class SearchLimit {
    private SearchLimit() {
    }

    /** Whether this failure is a query over the limit (the user's to shorten, not a server error). */
    public static boolean isOver(Throwable t) {
        return t instanceof IndexSearcher.TooManyClauses;
    }

    public static String message() {
        return "the search query has too many terms (at most " + IndexSearcher.getMaxClauseCount()
                + " after fuzzy and prefix terms are expanded); shorten it";
    }
}
