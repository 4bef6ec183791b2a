package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.rasid.model.Event;

/**
 * An analyst's correction of an event, in one transaction: the corrected fields are kept
 * ({@link Corrections}), the event is written again and the change is a revision naming who
 * made it and why.
 */
final class EventCorrector {
    /** The corrected event and the day it is filed under. */
    record Corrected(Event event, String day) {
    }

    private final SqlRunner sql;
    private final EventJson json;
    private final Dialect dialect;
    private final EventRows rows;
    private final EventRevisions revisions;

    EventCorrector(SqlRunner sql, EventJson json, Dialect dialect) {
        this.sql = sql;
        this.json = json;
        this.dialect = dialect;
        this.rows = new EventRows(json);
        this.revisions = new EventRevisions(json);
    }

    /** @return empty when no event has this id */
    Optional<Corrected> correct(String id, Map<String, JsonNode> fields, String author, String reason) {
        if (author == null || author.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs an author and a reason");
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a correction needs at least one field");
        }
        return sql.inMergeTransaction(dialect, "correct event " + id, c -> correct(c, id, fields, author, reason));
    }

    private Optional<Corrected> correct(Connection c, String id, Map<String, JsonNode> fields, String author,
                                        String reason) throws SQLException, JsonProcessingException {
        String day;
        Event before;
        try (PreparedStatement ps = c.prepareStatement("SELECT b.body, e.event_day FROM events e"
                + " JOIN event_bodies b ON b.event_id = e.id WHERE e.id = ?")) {
            SqlRunner.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                before = json.read(rs.getString(1));
                day = rs.getString(2);
            }
        }
        Event after = Corrections.overlay(before, fields); // refuses bad fields before anything is stored
        Corrections.put(c, id, fields);
        String newDay = EventColumns.eventDay(after, null);
        day = newDay != null ? newDay : day;
        rows.write(c, after, day);
        revisions.record(c, before, after, new EventRevisions.Change("corrected", null, author, reason));
        return Optional.of(new Corrected(after, day));
    }
}
