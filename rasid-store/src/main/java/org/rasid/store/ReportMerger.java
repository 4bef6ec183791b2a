package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.ingest.Document;
import org.rasid.merge.MergeGroup;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;
import org.rasid.model.Source;
import org.rasid.segment.Story;

/**
 * Merges one document's reports into the stored events, inside the document's transaction:
 * each report joins the oldest stored event whose group accepts it ({@link MergeGroup}, the
 * rules of EventMerger), else starts an event of its own, which keeps the report's id for good.
 * Candidates are the events with a report of the same class within the report's date window
 * at the same place, location or district (what MergeRules needs of two documents' reports),
 * or with a report of the same class from the same document: a superset of the groups that
 * could accept it, so the outcome is the one a single EventMerger run over every report in
 * arrival order gives.
 */
final class ReportMerger {
    /** An event the document changed, and the day it is filed under. */
    record Merged(Event event, String day) {
    }

    /** A stored group: its event id and the arrival number of its first report. */
    private record Loaded(String id, long firstSeq, MergeGroup group) {
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final EventJson json;
    private final EventRows rows;
    private final EventRevisions revisions;
    private final ParsedReports parsed = new ParsedReports(ParsedReports.DEFAULT_CAPACITY);

    ReportMerger(EventJson json) {
        this.json = json;
        this.rows = new EventRows(json);
        this.revisions = new EventRevisions(json);
    }

    /** @return the events the reports created or joined, each once, in the order first touched */
    List<Merged> merge(Connection c, Document d, List<Story> stories, List<Event> reports)
            throws SQLException, JsonProcessingException {
        long seq = nextSeq(c);
        Map<String, Loaded> groups = new HashMap<>();
        Map<String, Loaded> touched = new LinkedHashMap<>();
        for (Event raw : reports) {
            Event r = asReport(raw, stories, d);
            if (stored(c, r.id())) {
                continue; // an id already stored is kept as is
            }
            Loaded home = null;
            List<String> why = null;
            for (Loaded g : candidates(c, r, groups)) {
                why = g.group().accepts(r);
                if (why != null) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Loaded(r.id(), seq, new MergeGroup(r));
                groups.put(home.id(), home);
            } else {
                home.group().add(r, why);
            }
            insertReport(c, seq++, r, home.id(), why);
            touched.put(home.id(), home);
        }
        List<Merged> out = new ArrayList<>(touched.size());
        for (Loaded g : touched.values()) {
            Event before = rows.read(c, g.id());
            // an analyst's corrections stand over whatever the reports now say
            Event e = Corrections.apply(c, Reports.withId(g.group().event(), g.id()));
            String day = EventColumns.eventDay(e, published(c, e, d, stories));
            // one serialisation for the event's body and its revision; a new event has no rows to replace
            String body = json.write(e);
            rows.write(c, e, day, body, before != null);
            revisions.record(c, before, e, body, new EventRevisions.Change(before == null ? "created"
                    : "source_joined", d.id(), null, null));
            out.add(new Merged(e, day));
        }
        return out;
    }

    /** The report with its doc and its source filled in where the extractor left them out. */
    private static Event asReport(Event e, List<Story> stories, Document d) {
        if (e.doc() != null && e.sources() != null && !e.sources().isEmpty()) {
            return e;
        }
        Story story = story(stories, e.story());
        return Reports.withDocAndSources(e, e.doc() == null ? d.id() : e.doc(),
                List.of(new Source(d.id(), e.story(), EventColumns.outlet(story, d), EventColumns.published(story, d),
                        d.url())));
    }

    private static Story story(List<Story> stories, int index) {
        return index >= 0 && index < stories.size() ? stories.get(index) : null;
    }

    /** The groups that could take r, oldest first. */
    private List<Loaded> candidates(Connection c, Event r, Map<String, Loaded> groups)
            throws SQLException {
        Long day = MergeGroup.day(r);
        List<String> ids = new ArrayList<>();
        // two look-ups, each on its own index, whatever the planner's statistics: as one query
        // with an OR, a store without them (a first ingest) scanned every report of the class
        String q = day == null
                ? "SELECT DISTINCT event_id FROM reports WHERE doc = ? AND event_class = ?"
                : "SELECT event_id FROM reports WHERE doc = ? AND event_class = ? UNION SELECT event_id FROM reports"
                        + " WHERE event_class = ? AND day_num BETWEEN ? AND ?"
                        + " AND (place_id = ? OR location_ar = ? OR admin2 = ?)";
        try (PreparedStatement ps = c.prepareStatement(q)) {
            String cls = EventColumns.eventClass(r);
            if (day == null) {
                SqlRunner.bind(ps, r.doc(), cls);
            } else {
                long w = MergeGroup.window(r);
                SqlRunner.bind(ps, r.doc(), cls, cls, day - w, day + w, r.placeId(), r.locationAr(), r.admin2());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        List<Loaded> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Loaded g = groups.get(id);
            if (g == null) {
                g = load(c, id);
                groups.put(id, g);
            }
            out.add(g);
        }
        out.sort(Comparator.comparingLong(Loaded::firstSeq));
        return out;
    }

    /** The stored group of an event, as its reports now stand (an analyst may have regrouped them). */
    MergeGroup group(Connection c, String eventId) throws SQLException {
        return load(c, eventId).group();
    }

    /** A stored group, rebuilt by replaying its reports in the order they joined. */
    private Loaded load(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, id, reasons, body FROM reports WHERE event_id = ? ORDER BY seq")) {
            SqlRunner.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long first = rs.getLong(1);
                MergeGroup g = new MergeGroup(member(rs));
                while (rs.next()) {
                    g.add(member(rs), reasons(rs.getString(3)));
                }
                return new Loaded(id, first, g);
            }
        }
    }

    /** The report of a row of {@link #load}'s query; its body is read and parsed only when not kept. */
    private Event member(ResultSet rs) throws SQLException {
        String reportId = rs.getString(2);
        Event e = parsed.kept(reportId);
        if (e == null) {
            e = json.read(rs.getString(4));
            parsed.keep(reportId, e);
        }
        return e;
    }

    /** Forgets the reports parsed so far: after a rollback, some of them were never stored. */
    void forgetParsed() {
        parsed.clear();
    }

    private static List<String> reasons(String stored) {
        try {
            return stored == null ? List.of() : RecordJson.mapper().readValue(stored, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored merge reasons are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void insertReport(Connection c, long seq, Event r, String eventId, List<String> why)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reports (seq, id, event_id, doc, story,"
                + " event_class, day_num, place_id, location_ar, admin2, reasons, body)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            SqlRunner.bind(ps, seq, r.id(), eventId, r.doc(), r.story(), EventColumns.eventClass(r), MergeGroup.day(r),
                    r.placeId(), r.locationAr(), r.admin2(),
                    why == null ? null : RecordJson.mapper().writeValueAsString(why), json.write(r));
            ps.executeUpdate();
        }
    }

    private static boolean stored(Connection c, String reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM reports WHERE id = ?")) {
            SqlRunner.bind(ps, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long nextSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM reports");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The publication time of the event's story, the day an undated event is filed under. */
    private static String published(Connection c, Event e, Document d, List<Story> stories) throws SQLException {
        if (d.id().equals(e.doc())) {
            return EventColumns.published(story(stories, e.story()), d);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(s.published, d.published) FROM stories s"
                + " JOIN documents d ON d.id = s.doc WHERE s.doc = ? AND s.idx = ?")) {
            SqlRunner.bind(ps, e.doc(), e.story());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
