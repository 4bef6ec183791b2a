package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectTest {
    @TempDir
    Path dir;

    @Test
    void sqliteConnectionsWaitForTheWriterInWalMode() throws Exception {
        try (HikariDataSource pool = Dialect.SQLITE.pool(Dialect.sqliteUrl(dir.resolve("t.db")));
             Connection c = pool.getConnection()) {
            assertEquals("wal", pragma(c, "journal_mode"));
            assertEquals("30000", pragma(c, "busy_timeout"));
            assertEquals("1", pragma(c, "foreign_keys"));
        }
    }

    @Test
    void theDialectComesFromTheUrlAndAPasswordNeverShows() {
        assertEquals(Dialect.POSTGRESQL, Dialect.of("jdbc:postgresql://h/rasid"));
        var e = assertThrows(IllegalArgumentException.class, () -> Dialect.of("jdbc:mysql://h/x?password=s3cret"));
        assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(Dialect.POSTGRESQL.placeholders().get("seq_key").startsWith("BIGSERIAL"));
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
