package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;

/**
 * The fields analysts corrected ({@code event_corrections}): laid over the event every time it
 * is written, so that no later automatic merge overwrites a corrected field.
 */
final class Corrections {
    /** What an analyst may correct: class, actors, place, date and fatalities. */
    static final Set<String> FIELDS = Set.of("acled_type", "acled_sub_type", "cameo", "actor1", "actor2",
            "assoc_actor1", "assoc_actor2", "location_ar", "place_id", "admin1", "admin2", "latitude", "longitude",
            "geo_precision", "event_date", "time_precision", "fatalities");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Corrections() {
    }

    /** The event with every stored correction of it applied. */
    static Event apply(Connection c, Event e) throws SQLException {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT field, value FROM event_corrections WHERE event_id = ? ORDER BY field")) {
            SqlRunner.bind(ps, e.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fields.put(rs.getString(1), read(rs.getString(2)));
                }
            }
        }
        return fields.isEmpty() ? e : overlay(e, fields);
    }

    /** The event with these fields set; refuses fields outside {@link #FIELDS} and ill-typed values. */
    static Event overlay(Event e, Map<String, JsonNode> fields) {
        ObjectNode tree = RecordJson.mapper().valueToTree(e);
        for (Map.Entry<String, JsonNode> f : fields.entrySet()) {
            if (!FIELDS.contains(f.getKey())) {
                throw new IllegalArgumentException("cannot correct '" + f.getKey() + "'; correctable: "
                        + new java.util.TreeSet<>(FIELDS));
            }
            tree.set(f.getKey(), f.getValue());
        }
        Event out;
        try {
            out = RecordJson.mapper().treeToValue(tree, Event.class);
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new IllegalArgumentException("a corrected value has the wrong type: " + ex.getMessage());
        }
        if (out.eventDate() != null && !DAY.matcher(out.eventDate()).matches()) {
            throw new IllegalArgumentException("event_date must be yyyy-MM-dd, got '" + out.eventDate() + "'");
        }
        if (out.fatalities() != null && out.fatalities() < 0) {
            throw new IllegalArgumentException("fatalities must be 0 or more");
        }
        return out;
    }

    /** Stores corrections, replacing earlier ones of the same fields. */
    static void put(Connection c, String eventId, Map<String, JsonNode> fields)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM event_corrections WHERE event_id = ? AND field = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO event_corrections (event_id, field, value) VALUES (?,?,?)")) {
            for (Map.Entry<String, JsonNode> f : fields.entrySet()) {
                SqlRunner.bind(del, eventId, f.getKey());
                del.executeUpdate();
                SqlRunner.bind(ins, eventId, f.getKey(), RecordJson.mapper().writeValueAsString(f.getValue()));
                ins.executeUpdate();
            }
        }
    }

    private static JsonNode read(String value) {
        try {
            return RecordJson.mapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored correction is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
