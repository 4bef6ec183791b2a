package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.function.Consumer;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;

/** Reads the revisions of events: one event's history, or every event as it stood at a time. */
final class EventHistory {
    private final SqlRunner sql;
    private final EventJson json;

    EventHistory(SqlRunner sql, EventJson json) {
        this.sql = sql;
        this.json = json;
    }

    /** The revisions of an event, oldest first; empty for an unknown id. */
    List<EventRevision> of(String eventId) {
        return sql.all("SELECT rev, at, kind, doc, author, reason, changes FROM event_revisions WHERE event_id = ?"
                + " ORDER BY rev", rs -> new EventRevision(rs.getInt(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), tree(rs.getString(7))), eventId);
    }

    /**
     * Every event as its last revision at or before {@code asOf} left it, by id; an event split
     * or joined into another by then is no longer one.
     */
    void forEachAsOf(String asOf, Consumer<Event> sink) {
        String at = EventRevisions.asOf(asOf);
        sql.stream("SELECT r.body FROM event_revisions r JOIN (SELECT event_id, MAX(rev) AS rev"
                + " FROM event_revisions WHERE at <= ? GROUP BY event_id) m"
                + " ON m.event_id = r.event_id AND m.rev = r.rev WHERE r.kind <> ? AND r.kind <> ? ORDER BY r.event_id",
                rs -> json.read(rs.getString(1)), sink, at, EventRegrouper.SPLIT, EventRegrouper.JOINED_INTO);
    }

    /** The ids that replaced an event an analyst split or joined into another; empty for a live one. */
    List<String> replacedBy(String eventId) {
        return sql.all("SELECT replaced_by FROM event_replacements WHERE event_id = ? ORDER BY at, replaced_by",
                rs -> rs.getString(1), eventId);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String changes) {
        if (changes == null) {
            return null;
        }
        try {
            return RecordJson.mapper().readTree(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored revision is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
