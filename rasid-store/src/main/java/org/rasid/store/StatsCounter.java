package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the events matching a query by day, class, governorate and day×class, from the
 * search index's doc values or from one SQL GROUP BY, whichever {@link EventReader} reads;
 * their fatalities, which the index does not keep, from the tables ({@link EventBreakdown}).
 * Missing values count under "unknown"; classes and governorates come most frequent first.
 */
final class StatsCounter {
    private static final String UNKNOWN = "unknown";

    private final SqlRunner sql;
    private final StoryIndex index;
    private final EventReader reader;
    private final EventBreakdown breakdown;

    StatsCounter(SqlRunner sql, StoryIndex index, EventReader reader) {
        this.sql = sql;
        this.index = index;
        this.reader = reader;
        this.breakdown = new EventBreakdown(sql, index);
    }

    Stats stats(EventQuery q) {
        Tally t = new Tally();
        if (reader.viaIndex(q)) {
            try {
                index.eventFacets(q, t::add);
            } catch (IOException e) {
                throw new UncheckedIOException("search failed: " + e.getMessage(), e);
            }
        } else {
            EventFilter f = EventFilter.of(q);
            sql.stream("SELECT e.event_day, e.event_class, e.admin1, COUNT(*) FROM events e" + f.where()
                            + " GROUP BY e.event_day, e.event_class, e.admin1",
                    rs -> {
                        t.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                        return null;
                    }, x -> { }, f.params().toArray());
        }
        breakdown.fatalities(q, t::addFatalities);
        return t.stats();
    }

    /** The counts being built. */
    private static final class Tally {
        final Map<String, Long> byDay = new TreeMap<>();
        final Map<String, Long> byType = new LinkedHashMap<>();
        final Map<String, Long> byAdmin1 = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> byDayType = new TreeMap<>();
        final Map<String, Long> deathsByDay = new TreeMap<>();
        final Map<String, Long> deathsByType = new LinkedHashMap<>();
        final Map<String, Long> deathsByAdmin1 = new LinkedHashMap<>();
        long total;
        long deaths;

        void add(String day, String type, String admin1, long n) {
            day = day == null ? UNKNOWN : day;
            type = type == null ? UNKNOWN : type;
            admin1 = admin1 == null ? UNKNOWN : admin1;
            total += n;
            byDay.merge(day, n, Long::sum);
            byType.merge(type, n, Long::sum);
            byAdmin1.merge(admin1, n, Long::sum);
            byDayType.computeIfAbsent(day, k -> new TreeMap<>()).merge(type, n, Long::sum);
        }

        void addFatalities(String day, String type, String admin1, long n) {
            deaths += n;
            deathsByDay.merge(day == null ? UNKNOWN : day, n, Long::sum);
            deathsByType.merge(type == null ? UNKNOWN : type, n, Long::sum);
            deathsByAdmin1.merge(admin1 == null ? UNKNOWN : admin1, n, Long::sum);
        }

        Stats stats() {
            return new Stats(total, deaths, byDay, sortByCount(byType), sortByCount(byAdmin1), byDayType,
                    deathsByDay, sortByCount(deathsByType), sortByCount(deathsByAdmin1));
        }

        private static Map<String, Long> sortByCount(Map<String, Long> m) {
            return EventBreakdown.top(m, Integer.MAX_VALUE);
        }
    }
}
