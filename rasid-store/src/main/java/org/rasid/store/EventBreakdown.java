package org.rasid.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sums and counts over the events matching a query that the search index does not keep:
 * fatalities by day, class and governorate, and the facets (sub-types, districts, actors,
 * outlets with their event counts). Read from the tables over {@link EventScope}.
 */
final class EventBreakdown {
    private final SqlRunner sql;
    private final StoryIndex index;

    EventBreakdown(SqlRunner sql, StoryIndex index) {
        this.sql = sql;
        this.index = index;
    }

    /** Reported fatalities of the matching events by (day, class, governorate); events without deaths are skipped. */
    void fatalities(EventQuery q, FacetCollector.FacetSink sink) {
        for (EventFilter f : EventScope.of(q, index)) {
            sql.stream("SELECT e.event_day, e.event_class, e.admin1, SUM(e.fatalities) FROM events e"
                            + EventScope.and(f.where(), "e.fatalities > 0") + " GROUP BY e.event_day, e.event_class, e.admin1",
                    rs -> {
                        sink.accept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                        return null;
                    }, x -> { }, f.params().toArray());
        }
    }

    /** The facets of the matching events, at most {@code limit} values each, most frequent first. */
    Facets facets(EventQuery q, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("facet limit must be 1..1000, got " + limit);
        }
        Map<String, Long> subTypes = new HashMap<>();
        Map<String, Long> admin2 = new HashMap<>();
        Map<String, Long> actors = new HashMap<>();
        Map<String, Long> outlets = new HashMap<>();
        for (EventFilter f : EventScope.of(q, index)) {
            Object[] p = f.params().toArray();
            count("SELECT e.acled_sub_type, COUNT(*) FROM events e" + EventScope.and(f.where(), "e.acled_sub_type IS NOT NULL")
                    + " GROUP BY e.acled_sub_type", p, subTypes);
            count("SELECT e.admin2, COUNT(*) FROM events e" + EventScope.and(f.where(), "e.admin2 IS NOT NULL")
                    + " GROUP BY e.admin2", p, admin2);
            count("SELECT ea.actor, COUNT(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id" + f.where()
                    + " GROUP BY ea.actor", p, actors);
            // an outlet counts each event once, however many of its stories report it
            count("SELECT es.outlet, COUNT(DISTINCT es.event_id) FROM sources es JOIN events e ON e.id = es.event_id"
                    + EventScope.and(f.where(), "es.outlet IS NOT NULL") + " GROUP BY es.outlet", p, outlets);
        }
        return new Facets(top(subTypes, limit), top(admin2, limit), top(actors, limit), top(outlets, limit));
    }

    private void count(String select, Object[] params, Map<String, Long> into) {
        sql.stream(select, rs -> {
            into.merge(rs.getString(1), rs.getLong(2), Long::sum);
            return null;
        }, x -> { }, params);
    }

    /** Most frequent first, ties by value. */
    static Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
