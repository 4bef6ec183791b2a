package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Runs one SQL statement with bound parameters on a pooled connection and maps its rows.
 * Values are bound, never spliced into the text: the store's only defence against injection
 * it needs. Failures become IllegalStateException (the caller cannot repair a broken query).
 */
final class SqlRunner {
    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** What one write transaction does on its connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, JsonProcessingException;
    }

    private final DataSource pool;

    SqlRunner(DataSource pool) {
        this.pool = pool;
    }

    Connection take() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("database unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction holding the merge lock ({@link Dialect#lockMerges}), so
     * that it never interleaves with an ingest's merge: committed after it, rolled back on any
     * failure, a database or JSON failure reported as IllegalStateException "could not
     * {@code what}: ...".
     */
    <T> T inMergeTransaction(Dialect dialect, String what, Work<T> work) {
        try (Connection c = take()) {
            c.setAutoCommit(false);
            try {
                dialect.lockMerges(c);
                T done = work.run(c);
                c.commit();
                return done;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> all = all(sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
    }

    <T> List<T> all(String sql, Row<T> row, Object... params) {
        List<T> out = new ArrayList<>();
        stream(sql, row, out::add, params);
        return out;
    }

    /** Hands each row to {@code sink} as it is read (500 rows fetched at a time): for exports. */
    <T> void stream(String sql, Row<T> row, Consumer<T> sink, Object... params) {
        try (Connection c = take(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (v instanceof Double n) {
                ps.setDouble(i + 1, n);
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + v.getClass());
            }
        }
    }
}
