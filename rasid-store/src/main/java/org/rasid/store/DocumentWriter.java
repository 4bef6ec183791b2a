package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.segment.Story;

/**
 * Writes processed documents into the SQL tables, many in one transaction: all rows of a
 * batch or none. On SQLite the transaction takes the write lock when it begins (IMMEDIATE, set
 * by {@link Dialect}) and waits out a busy database; a batch that still meets SQLITE_BUSY is
 * retried whole, so another process's reader or writer never makes it lose a document.
 */
final class DocumentWriter {
    /** What a committed batch changed: the sequence numbers before and after it, events added. */
    record Written(long seqBefore, long seqAfter, int events) {
    }

    private static final int BUSY_TRIES = 5;

    private final SqlRunner sql;
    private final EventJson json;

    DocumentWriter(SqlRunner sql, EventJson json) {
        this.sql = sql;
        this.json = json;
    }

    /** @throws IllegalStateException when a document is already stored or the database fails */
    Written write(List<DocumentResult> results, List<String> hashes) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writeOnce(results, hashes);
            } catch (SQLException e) {
                if (!busy(e) || attempt == BUSY_TRIES) {
                    throw failed(results, e);
                }
                pause(attempt);
            } catch (JsonProcessingException e) {
                throw failed(results, e);
            }
        }
    }

    private Written writeOnce(List<DocumentResult> results, List<String> hashes)
            throws SQLException, JsonProcessingException {
        try (Connection c = sql.take()) {
            c.setAutoCommit(false);
            try {
                long before = maxSeq(c);
                int added = 0;
                for (int i = 0; i < results.size(); i++) {
                    added += insertDocument(c, results.get(i), hashes.get(i));
                }
                long after = maxSeq(c);
                c.commit();
                return new Written(before, after, added);
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM documents");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SQLITE_BUSY (5) or SQLITE_LOCKED (6), with or without extended code bits. */
    static boolean busy(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == 5 || code == 6 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the database was busy", ie);
        }
    }

    private static IllegalStateException failed(List<DocumentResult> results, Exception e) {
        return new IllegalStateException("could not store document " + results.get(0).document().id()
                + (results.size() > 1 ? " and " + (results.size() - 1) + " more" : "") + ": " + e.getMessage(), e);
    }

    private int insertDocument(Connection c, DocumentResult result, String contentHash)
            throws SQLException, JsonProcessingException {
        Document d = result.document();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO documents (id, content_hash, source, title, url, outlet, published, charset, text,"
                        + " warnings, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            SqlRunner.bind(ps, d.id(), contentHash, d.source(), d.title(), d.url(), d.outlet(), d.published(),
                    d.charset(), d.text(), result.warnings() == null || result.warnings().isEmpty() ? null
                            : String.join("\n", result.warnings()), Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            c.rollback(); // PostgreSQL aborts the transaction on a failed insert; look at what is stored
            if (!busy(e) && alreadyStored(c, d.id(), contentHash)) {
                throw new IllegalStateException("document already stored: " + d.id());
            }
            throw e;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO stories (doc, idx, title, section, dateline, outlet, published, start_off, end_off,"
                        + " duplicate_of) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Story s : result.stories()) {
                SqlRunner.bind(ps, d.id(), s.index(), s.title(), s.section(), s.dateline(), s.outlet(),
                        s.published(), s.span().start(), s.span().end(), s.duplicateOf());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return insertEvents(c, d, result.stories(), result.events());
    }

    private static boolean alreadyStored(Connection c, String id, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE content_hash = ? OR id = ?")) {
            SqlRunner.bind(ps, hash, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private int insertEvents(Connection c, Document d, List<Story> stories, List<Event> events)
            throws SQLException, JsonProcessingException {
        int added = 0;
        try (PreparedStatement ev = c.prepareStatement(
                "INSERT INTO events (id, doc, story, acled_type, acled_sub_type, cameo, event_class, actor1, actor2,"
                        + " location_ar, admin1, admin2, latitude, longitude, event_date, event_day, fatalities,"
                        + " confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING");
             PreparedStatement body = c.prepareStatement("INSERT INTO event_bodies (event_id, body) VALUES (?,?)");
             PreparedStatement act = c.prepareStatement(
                     "INSERT INTO event_actors (actor, event_id) VALUES (?,?) ON CONFLICT DO NOTHING");
             PreparedStatement men = c.prepareStatement(
                     "INSERT INTO mentions (event_id, role, start_off, end_off, text) VALUES (?,?,?,?,?)");
             PreparedStatement src = c.prepareStatement(
                     "INSERT INTO sources (event_id, doc, story, outlet, published, url) VALUES (?,?,?,?,?,?)")) {
            for (Event e : events) {
                Story story = e.story() >= 0 && e.story() < stories.size() ? stories.get(e.story()) : null;
                SqlRunner.bind(ev, e.id(), e.doc() == null ? d.id() : e.doc(), e.story(), e.acledType(),
                        e.acledSubType(), e.cameo(), EventColumns.eventClass(e), e.actor1(), e.actor2(),
                        e.locationAr(), e.admin1(), e.admin2(), e.latitude(), e.longitude(), e.eventDate(),
                        EventColumns.eventDay(e, EventColumns.published(story, d)), e.fatalities(), e.confidence());
                if (ev.executeUpdate() == 0) {
                    continue;
                }
                added++;
                SqlRunner.bind(body, e.id(), json.write(e));
                body.executeUpdate();
                for (String a : EventColumns.actors(e)) {
                    SqlRunner.bind(act, a, e.id());
                    act.addBatch();
                }
                act.executeBatch();
                batch(men, e);
                batch(src, e, story, d);
            }
        }
        return added;
    }

    private static void batch(PreparedStatement men, Event e) throws SQLException {
        Evidence evidence = e.evidence();
        if (evidence != null && evidence.spans() != null) {
            for (Evidence.Part p : evidence.spans()) {
                SqlRunner.bind(men, e.id(), p.role(), p.start(), p.end(), p.text());
                men.addBatch();
            }
            men.executeBatch();
        }
    }

    private static void batch(PreparedStatement src, Event e, Story story, Document d) throws SQLException {
        List<Source> sources = e.sources() == null || e.sources().isEmpty()
                ? List.of(new Source(d.id(), e.story(), EventColumns.outlet(story, d), EventColumns.published(story, d),
                        d.url()))
                : e.sources();
        for (Source s : sources) {
            SqlRunner.bind(src, e.id(), s.doc(), s.story(), s.outlet(), s.published(), s.url());
            src.addBatch();
        }
        src.executeBatch();
    }
}
