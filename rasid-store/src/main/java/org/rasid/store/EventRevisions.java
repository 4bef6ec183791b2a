package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;

/**
 * The history of events: one revision per change (created, source_joined, corrected), with
 * what changed and the whole record after it, written in the transaction of the change.
 */
final class EventRevisions {
    /** Fixed width, so that revision times sort as text on both dialects. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Lists whose every element would swamp a change record: their sizes are compared instead. */
    private static final Set<String> COUNTED = Set.of("sources", "claims", "merged_from", "merge_reasons");

    private final EventJson json;

    EventRevisions(EventJson json) {
        this.json = json;
    }

    /** A change by a document's report (doc set) or by an analyst (author and reason set). */
    record Change(String kind, String doc, String author, String reason) {
    }

    /** Records the change from {@code before} (null: a new event) to {@code after}; nothing when equal. */
    void record(Connection c, Event before, Event after, Change change) throws SQLException, JsonProcessingException {
        record(c, before, after, json.write(after), change);
    }

    /** As {@link #record(Connection, Event, Event, Change)}, with {@code after} serialised already ({@code body}). */
    void record(Connection c, Event before, Event after, String body, Change change)
            throws SQLException, JsonProcessingException {
        ObjectNode diff = diff(before, after);
        if (before != null && diff.isEmpty()) {
            return;
        }
        insert(c, after, body, change, before == null ? null : diff);
    }

    /** Records a revision of {@code body} with these changes (null: none to show). */
    void insert(Connection c, Event body, Change change, ObjectNode changes)
            throws SQLException, JsonProcessingException {
        insert(c, body, json.write(body), change, changes);
    }

    private void insert(Connection c, Event after, String body, Change change, ObjectNode changes)
            throws SQLException, JsonProcessingException {
        int rev = 1;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(rev), 0) + 1 FROM event_revisions WHERE event_id = ?")) {
            SqlRunner.bind(ps, after.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rev = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_revisions (event_id, rev, at, kind, doc,"
                + " author, reason, changes, body) VALUES (?,?,?,?,?,?,?,?,?)")) {
            SqlRunner.bind(ps, after.id(), rev, AT.format(Instant.now()), change.kind(), change.doc(), change.author(),
                    change.reason(), changes == null ? null : RecordJson.mapper().writeValueAsString(changes), body);
            ps.executeUpdate();
        }
    }

    /** The fields that differ: {field: {from, to}}; lists of sources, claims and the like by size. */
    static ObjectNode diff(Event before, Event after) {
        ObjectNode out = RecordJson.mapper().createObjectNode();
        if (before == null) {
            return out;
        }
        JsonNode a = RecordJson.mapper().valueToTree(before);
        JsonNode b = RecordJson.mapper().valueToTree(after);
        for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode from = a.path(name);
            JsonNode to = f.getValue();
            if (name.equals("evidence") || name.equals("id")) {
                continue; // the evidence follows the best report; the id never changes
            }
            if (COUNTED.contains(name)) {
                from = RecordJson.mapper().getNodeFactory().numberNode(from.size());
                to = RecordJson.mapper().getNodeFactory().numberNode(to.size());
            }
            if (!from.equals(to)) {
                ObjectNode ch = out.putObject(name);
                ch.set("from", from.isMissingNode() ? null : from);
                ch.set("to", to);
            }
        }
        return out;
    }

    /**
     * The end of what {@code --as-of} names, in the revisions' format: a day (its last
     * millisecond) or an ISO instant.
     */
    static String asOf(String value) {
        String v = value == null ? "" : value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v) + "T23:59:59.999Z";
            }
            return AT.format(Instant.parse(v));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("as-of must be a day (2018-09-04) or an ISO instant"
                    + " (2018-09-04T10:15:30Z), got '" + v + "'");
        }
    }
}
