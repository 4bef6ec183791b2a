package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.segment.Story;

/**
 * Writes processed documents into the SQL tables, many in one transaction: all rows of a
 * batch or none, the merge of their reports into the stored events ({@link ReportMerger}) included. On SQLite the transaction takes the write lock when it begins (IMMEDIATE, set
 * by {@link Dialect}) and waits out a busy database; a batch that still meets SQLITE_BUSY is
 * retried whole, so another process's reader or writer never makes it lose a document.
 */
final class DocumentWriter {
    /**
     * What a committed batch changed: the sequence numbers before and after it, the reports
     * (the documents' own events) added and the merged events they created or joined.
     */
    record Written(long seqBefore, long seqAfter, int events, List<ReportMerger.Merged> merged) {
    }

    private static final int BUSY_TRIES = 5;

    private final SqlRunner sql;
    private final Dialect dialect;
    private final ReportMerger merger;

    DocumentWriter(SqlRunner sql, EventJson json, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.merger = new ReportMerger(json);
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
        try (Connection real = sql.take(); ReusedStatements statements = new ReusedStatements(real)) {
            Connection c = statements.connection();
            c.setAutoCommit(false);
            try {
                dialect.lockMerges(c);
                long before = maxSeq(c);
                int added = 0;
                Map<String, ReportMerger.Merged> merged = new LinkedHashMap<>();
                for (int i = 0; i < results.size(); i++) {
                    for (ReportMerger.Merged m : insertDocument(c, results.get(i), hashes.get(i))) {
                        merged.put(m.event().id(), m);
                    }
                    added += results.get(i).events().size();
                }
                long after = maxSeq(c);
                c.commit();
                return new Written(before, after, added, List.copyOf(merged.values()));
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                c.rollback();
                merger.forgetParsed();
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

    private List<ReportMerger.Merged> insertDocument(Connection c, DocumentResult result, String contentHash)
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
        return merger.merge(c, d, result.stories(), result.events());
    }

    private static boolean alreadyStored(Connection c, String id, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE content_hash = ? OR id = ?")) {
            SqlRunner.bind(ps, hash, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
