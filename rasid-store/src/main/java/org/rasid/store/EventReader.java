package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.rasid.model.Event;
import org.rasid.model.Source;

/**
 * Answers the read side of the store: records by id, and events by {@link EventQuery}. A text
 * query goes to the search index (which filters and orders), and on SQLite every query does
 * (one folder, its index beside its tables, faster than SQL); the tables then give the records.
 * A PostgreSQL store may be fed from other folders, so its plain filters stay in SQL.
 */
final class EventReader {
    private static final int CHUNK = 500;

    private final SqlRunner sql;
    private final StoryIndex index;
    private final EventJson json;
    private final boolean sqlite;

    EventReader(SqlRunner sql, StoryIndex index, EventJson json, Dialect dialect) {
        this.sql = sql;
        this.index = index;
        this.json = json;
        this.sqlite = dialect == Dialect.SQLITE;
    }

    /** Whether the search index answers this query (it sees what was committed, ≤ 5 s behind a writer). */
    boolean viaIndex(EventQuery q) {
        return q.q() != null || sqlite;
    }

    StoreCounts counts() {
        return sql.one("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM stories),"
                + " (SELECT COUNT(*) FROM events)", rs -> new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .orElseThrow();
    }

    long maxSeq() {
        return sql.one("SELECT COALESCE(MAX(seq), 0) FROM documents", rs -> rs.getLong(1)).orElse(0L);
    }

    Optional<Event> event(String id) {
        return sql.one("SELECT body FROM event_bodies WHERE event_id = ?", rs -> json.read(rs.getString(1)), id);
    }

    List<Source> sources(String eventId) {
        return sql.all("SELECT doc, story, outlet, published, url FROM sources WHERE event_id = ? ORDER BY published, doc",
                rs -> new Source(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                eventId);
    }

    Optional<String> documentWithHash(String contentHash) {
        return sql.one("SELECT id FROM documents WHERE content_hash = ?", rs -> rs.getString(1), contentHash);
    }

    boolean hasDocument(String id) {
        return sql.one("SELECT 1 FROM documents WHERE id = ?", rs -> 1, id).isPresent();
    }

    Optional<StoredDocument> document(String id) {
        return sql.one("SELECT id, source, title, url, outlet, published, charset, content_hash, ingested_at, text"
                        + " FROM documents WHERE id = ?",
                rs -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)), id);
    }

    Optional<StoredStory> story(String doc, int index) {
        return sql.one("SELECT " + IndexSync.STORY_COLS + " FROM stories WHERE doc = ? AND idx = ?", IndexSync::story,
                doc, index);
    }

    List<StoredStory> stories(String doc) {
        return sql.all("SELECT " + IndexSync.STORY_COLS + " FROM stories WHERE doc = ? ORDER BY idx",
                IndexSync::story, doc);
    }

    /** Events matching the query, newest day first: one page, or all of them ({@code paged} false). */
    void forEach(EventQuery q, boolean paged, Consumer<Event> sink) {
        if (viaIndex(q)) {
            try {
                int limit = paged ? q.limit()
                        : (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, index.eventCount(q)));
                bodiesInOrder(index.eventPage(q, limit, paged ? q.offset() : 0), sink);
            } catch (IOException e) {
                throw new UncheckedIOException("search failed: " + e.getMessage(), e);
            }
            return;
        }
        EventFilter f = EventFilter.of(q);
        List<Object> params = new ArrayList<>(f.params());
        String select;
        if (paged) {
            // pick the page on the narrow table first, then fetch only its bodies: sorting
            // thousands of matches with their JSON attached is what makes a page slow
            select = "SELECT b.body FROM (SELECT e.id, e.event_day FROM events e" + f.where()
                    + " ORDER BY e.event_day DESC NULLS LAST, e.id DESC LIMIT ? OFFSET ?) p"
                    + " JOIN event_bodies b ON b.event_id = p.id ORDER BY p.event_day DESC NULLS LAST, p.id DESC";
            params.add(q.limit());
            params.add(q.offset());
        } else {
            select = "SELECT b.body FROM events e JOIN event_bodies b ON b.event_id = e.id" + f.where()
                    + " ORDER BY e.event_day DESC NULLS LAST, e.id DESC";
        }
        sql.stream(select, rs -> json.read(rs.getString(1)), sink, params.toArray());
    }

    /** The records of these event ids, in the ids' order, fetched a chunk at a time. */
    private void bodiesInOrder(List<String> ids, Consumer<Event> sink) {
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            Map<String, Event> byId = new HashMap<>();
            for (Event e : sql.all("SELECT body FROM event_bodies WHERE event_id IN ("
                    + "?,".repeat(chunk.size() - 1) + "?)", rs -> json.read(rs.getString(1)), chunk.toArray())) {
                byId.put(e.id(), e);
            }
            for (String id : chunk) {
                Event e = byId.get(id);
                if (e != null) {
                    sink.accept(e);
                }
            }
        }
    }

    long countEvents(EventQuery q) {
        if (viaIndex(q)) {
            try {
                return index.eventCount(q);
            } catch (IOException e) {
                throw new UncheckedIOException("search failed: " + e.getMessage(), e);
            }
        }
        EventFilter f = EventFilter.of(q);
        return sql.one("SELECT COUNT(*) FROM events e" + f.where(), rs -> rs.getLong(1), f.params().toArray())
                .orElse(0L);
    }

    List<SearchHit> search(String q, int limit, int offset) {
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("search needs a query q");
        }
        if (limit < 1 || limit > 1000 || offset < 0 || offset > 10_000) {
            throw new IllegalArgumentException("search limit must be 1..1000 and offset 0..10000");
        }
        try {
            return index.stories(q, limit, offset);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }
}
