package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;
import org.rasid.model.Sha256;

/**
 * An analyst's split or join of merged events, in one transaction (issue 15). A split names the
 * reports that leave (by report id, or by document: a source), and retires the event: each part
 * becomes an event with an id of its own. A join names events that are this one: their reports
 * join it, it keeps its id, they are retired. A retired id answers with the ids that replaced it
 * ({@code event_replacements}); every event concerned gets a revision with author and reason.
 * The grouping lives in {@code reports.event_id}, so later ingests merge new reports into the
 * groups as the analyst left them; groups never merge automatically, so none undoes it.
 */
final class EventRegrouper {
    /** What changed: the ids retired, and the events written with the day each is filed under. */
    record Regrouped(List<String> retired, Map<Event, String> events) {
    }

    /** Revision kinds: of a retired event, and of the events that replace it. */
    static final String SPLIT = "split", SPLIT_FROM = "split_from", JOINED_INTO = "joined_into", JOINED = "joined";
    /** The merge reason of a report whose event an analyst joined to another. */
    static final String ANALYST_JOIN = "joined_by_analyst";

    private record Report(long seq, String id, String doc) {
    }

    private final SqlRunner sql;
    private final Dialect dialect;
    private final EventRows rows;
    private final EventRevisions revisions;
    private final ReportMerger groups;

    EventRegrouper(SqlRunner sql, EventJson json, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.rows = new EventRows(json);
        this.revisions = new EventRevisions(json);
        this.groups = new ReportMerger(json);
    }

    /** Splits off the reports named (report ids or documents); empty when no event has this id. */
    Optional<Regrouped> split(String id, Set<String> leaving, String author, String reason) {
        return inTransaction(id, author, reason, c -> split(c, id, leaving, author, reason));
    }

    /** Joins the events named into this one; empty when no event has this id. */
    Optional<Regrouped> join(String id, Set<String> others, String author, String reason) {
        return inTransaction(id, author, reason, c -> join(c, id, others, author, reason));
    }

    private Optional<Regrouped> inTransaction(String id, String author, String reason,
                                              SqlRunner.Work<Optional<Regrouped>> work) {
        if (author == null || author.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a split or join needs an author and a reason");
        }
        return sql.inMergeTransaction(dialect, "regroup event " + id, work);
    }

    private Optional<Regrouped> split(Connection c, String id, Set<String> leaving, String author, String reason)
            throws SQLException, JsonProcessingException {
        Event before = rows.read(c, id);
        if (before == null) {
            return Optional.empty();
        }
        List<Report> all = reports(c, id);
        List<Report> leave = all.stream().filter(r -> leaving.contains(r.id()) || leaving.contains(r.doc())).toList();
        if (leave.isEmpty()) {
            throw new IllegalArgumentException("split: none of " + leaving + " is a report or a document of event "
                    + id + "; its reports: " + all.stream().map(r -> r.id() + " (" + r.doc() + ")").toList());
        }
        if (leave.size() == all.size()) {
            throw new IllegalArgumentException("split: at least one report must stay; event " + id + " has "
                    + all.size());
        }
        List<Report> stay = all.stream().filter(r -> !leave.contains(r)).toList();
        String day = day(c, id);
        Map<Event, String> written = new LinkedHashMap<>();
        List<String> newIds = new ArrayList<>();
        for (List<Report> part : List.of(stay, leave)) {
            String newId = Sha256.hex(id + "/split/" + part.get(0).id()).substring(0, 16);
            newIds.add(newId);
            for (Report r : part) {
                update(c, "UPDATE reports SET event_id = ? WHERE id = ?", newId, r.id());
            }
            update(c, "INSERT INTO event_corrections (event_id, field, value) SELECT ?, field, value"
                    + " FROM event_corrections WHERE event_id = ?", newId, id);
            Event e = Corrections.apply(c, Reports.withId(groups.group(c, newId).event(), newId));
            String d = EventColumns.eventDay(e, null);
            rows.write(c, e, d != null ? d : day);
            ObjectNode changes = RecordJson.mapper().createObjectNode();
            changes.putObject("split_from").putNull("from").put("to", id);
            revisions.insert(c, e, new EventRevisions.Change(SPLIT_FROM, null, author, reason), changes);
            written.put(e, d != null ? d : day);
        }
        retire(c, id, before, newIds, SPLIT, author, reason);
        return Optional.of(new Regrouped(List.of(id), written));
    }

    private Optional<Regrouped> join(Connection c, String id, Set<String> others, String author, String reason)
            throws SQLException, JsonProcessingException {
        Event before = rows.read(c, id);
        if (before == null) {
            return Optional.empty();
        }
        if (others.isEmpty() || others.contains(id)) {
            throw new IllegalArgumentException("join: name one or more other events to join into " + id);
        }
        Map<String, Event> absorbed = new LinkedHashMap<>();
        for (String o : others) {
            Event e = rows.read(c, o);
            if (e == null) {
                throw new IllegalArgumentException("join: no event " + o);
            }
            absorbed.put(o, e);
        }
        for (String o : absorbed.keySet()) {
            List<Report> theirs = reports(c, o);
            // their first report joins by the analyst's word: the reason it gives the merged event
            update(c, "UPDATE reports SET event_id = ?, reasons = ? WHERE id = ?", id,
                    RecordJson.mapper().writeValueAsString(List.of(ANALYST_JOIN)), theirs.get(0).id());
            update(c, "UPDATE reports SET event_id = ? WHERE event_id = ?", id, o);
            // the analyst's corrections of this event stand; theirs fill the fields it left alone
            update(c, "INSERT INTO event_corrections (event_id, field, value) SELECT ?, o.field, o.value"
                    + " FROM event_corrections o WHERE o.event_id = ? AND NOT EXISTS (SELECT 1 FROM"
                    + " event_corrections s WHERE s.event_id = ? AND s.field = o.field)", id, o, id);
        }
        Event after = Corrections.apply(c, Reports.withId(groups.group(c, id).event(), id));
        String d = EventColumns.eventDay(after, null);
        String day = d != null ? d : day(c, id);
        rows.write(c, after, day);
        ObjectNode changes = EventRevisions.diff(before, after);
        changes.putObject("joined").putNull("from").set("to", RecordJson.mapper().valueToTree(absorbed.keySet()));
        revisions.insert(c, after, new EventRevisions.Change(JOINED, null, author, reason), changes);
        for (Map.Entry<String, Event> o : absorbed.entrySet()) {
            retire(c, o.getKey(), o.getValue(), List.of(id), JOINED_INTO, author, reason);
        }
        return Optional.of(new Regrouped(List.copyOf(absorbed.keySet()), Map.of(after, day)));
    }

    /** The event leaves the tables; its history stays, ending with what replaced it. */
    private void retire(Connection c, String id, Event last, List<String> by, String kind, String author,
                        String reason) throws SQLException, JsonProcessingException {
        ObjectNode changes = RecordJson.mapper().createObjectNode();
        changes.putObject("replaced_by").putNull("from").set("to", RecordJson.mapper().valueToTree(by));
        revisions.insert(c, last, new EventRevisions.Change(kind, null, author, reason), changes);
        EventRows.delete(c, id);
        update(c, "DELETE FROM event_corrections WHERE event_id = ?", id);
        String at = EventRevisions.AT.format(Instant.now());
        for (String b : by) {
            update(c, "INSERT INTO event_replacements (event_id, replaced_by, kind, at) VALUES (?,?,?,?)", id, b, kind,
                    at);
        }
    }

    private static String day(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT event_day FROM events WHERE id = ?")) {
            SqlRunner.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The event's reports in arrival order; an event stored before reports were kept has none. */
    private static List<Report> reports(Connection c, String id) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, id, doc FROM reports WHERE event_id = ? ORDER BY seq")) {
            SqlRunner.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Report(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " was stored before reports were kept (schema V2):"
                    + " it cannot be split or joined");
        }
        return out;
    }

    private static void update(Connection c, String statement, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            SqlRunner.bind(ps, params);
            ps.executeUpdate();
        }
    }
}
