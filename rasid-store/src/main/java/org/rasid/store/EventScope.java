package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The events matching a query as SQL WHERE clauses over {@code events e}, for the counts the
 * search index does not hold (fatalities, facets): the filter itself when there is no text
 * query, else the ids the index found, a chunk at a time. The chunks partition the events, so
 * counts summed over them are exact.
 */
final class EventScope {
    private static final int CHUNK = 500;

    private EventScope() {
    }

    /** One or more WHERE clauses (each possibly empty) whose union is exactly the matching events. */
    static List<EventFilter> of(EventQuery q, StoryIndex index) {
        if (q.q() == null) {
            return List.of(EventFilter.of(q));
        }
        List<String> ids;
        try {
            ids = index.eventPage(q, (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, index.eventCount(q))), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
        List<EventFilter> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            out.add(new EventFilter(" WHERE e.id IN (" + "?,".repeat(chunk.size() - 1) + "?)", List.copyOf(chunk)));
        }
        return out;
    }

    /** {@code where} narrowed by one more condition. */
    static String and(String where, String condition) {
        return where.isEmpty() ? " WHERE " + condition : where + " AND " + condition;
    }
}
