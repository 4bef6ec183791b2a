package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;

/**
 * The rows of one merged event: its filter columns ({@code events}), body, actors, evidence
 * spans ({@code mentions}) and sources. An event that gained a report is written again whole,
 * inside the transaction of the document that brought the report.
 */
final class EventRows {
    /** Children first: their foreign keys name the events row. */
    private static final String[] DELETES = {"DELETE FROM event_bodies WHERE event_id = ?",
        "DELETE FROM event_actors WHERE event_id = ?", "DELETE FROM mentions WHERE event_id = ?",
        "DELETE FROM sources WHERE event_id = ?", "DELETE FROM events WHERE id = ?"};

    private final EventJson json;

    EventRows(EventJson json) {
        this.json = json;
    }

    /** Writes an event, replacing what was stored under its id. */
    void write(Connection c, Event e, String eventDay) throws SQLException, JsonProcessingException {
        write(c, e, eventDay, json.write(e), true);
    }

    /**
     * Writes an event whose body ({@link EventJson#write}) the caller has serialised already.
     * {@code replacing} false says the store holds no event under its id (no body: a body is
     * written and deleted with the other rows, in one transaction), so there is nothing to
     * delete first: five statements fewer for each new event of an ingest.
     */
    void write(Connection c, Event e, String eventDay, String body, boolean replacing) throws SQLException {
        if (replacing) {
            delete(c, e.id());
        }
        try (PreparedStatement ev = c.prepareStatement(
                "INSERT INTO events (id, doc, story, acled_type, acled_sub_type, cameo, event_class, actor1, actor2,"
                        + " location_ar, admin1, admin2, latitude, longitude, event_date, event_day, fatalities,"
                        + " confidence, source_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            SqlRunner.bind(ev, e.id(), e.doc(), e.story(), e.acledType(), e.acledSubType(), e.cameo(),
                    EventColumns.eventClass(e), e.actor1(), e.actor2(), e.locationAr(), e.admin1(), e.admin2(),
                    e.latitude(), e.longitude(), e.eventDate(), eventDay, e.fatalities(), e.confidence(),
                    sourceCount(e));
            ev.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_bodies (event_id, body) VALUES (?,?)")) {
            SqlRunner.bind(ps, e.id(), body);
            ps.executeUpdate();
        }
        try (PreparedStatement act = c.prepareStatement("INSERT INTO event_actors (actor, event_id) VALUES (?,?)")) {
            for (String a : EventColumns.actors(e)) {
                SqlRunner.bind(act, a, e.id());
                act.addBatch();
            }
            act.executeBatch();
        }
        try (PreparedStatement men = c.prepareStatement(
                "INSERT INTO mentions (event_id, role, start_off, end_off, text) VALUES (?,?,?,?,?)")) {
            Evidence evidence = e.evidence();
            if (evidence != null && evidence.spans() != null) {
                for (Evidence.Part p : evidence.spans()) {
                    SqlRunner.bind(men, e.id(), p.role(), p.start(), p.end(), p.text());
                    men.addBatch();
                }
                men.executeBatch();
            }
        }
        try (PreparedStatement src = c.prepareStatement(
                "INSERT INTO sources (event_id, doc, story, outlet, published, url) VALUES (?,?,?,?,?,?)")) {
            for (Source s : e.sources()) {
                SqlRunner.bind(src, e.id(), s.doc(), s.story(), s.outlet(), s.published(), s.url());
                src.addBatch();
            }
            src.executeBatch();
        }
    }

    /** Sources of an event as counted for min_sources: its distinct reports' sources, at least 1. */
    static int sourceCount(Event e) {
        return e.sources() == null || e.sources().isEmpty() ? 1 : e.sources().size();
    }

    /** The event stored under {@code id}, read inside the caller's transaction; null when there is none. */
    Event read(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM event_bodies WHERE event_id = ?")) {
            SqlRunner.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? json.read(rs.getString(1)) : null;
            }
        }
    }

    /** Removes an event's rows (its reports and history stay). */
    static void delete(Connection c, String id) throws SQLException {
        for (String delete : DELETES) {
            try (PreparedStatement ps = c.prepareStatement(delete)) {
                SqlRunner.bind(ps, id);
                ps.executeUpdate();
            }
        }
    }
}
