package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void theOneScriptGivesSqliteItsAutoincrementKey() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir); Connection c = pool.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'documents'")) {
            rs.next();
            assertTrue(rs.getString(1).contains("seq          INTEGER PRIMARY KEY AUTOINCREMENT"), rs.getString(1));
        }
    }

    /** A store made while SQLite had its own V1 script (checksum -572745377) still opens. */
    @Test
    void aStoreMadeWithTheFormerDialectScriptOpensAndIsRealigned() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir); Connection c = pool.getConnection();
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE rasid_schema_history SET checksum = -572745377 WHERE version = '1'");
            assertTrue(SchemaMigration.legacyV1(pool, Dialect.SQLITE));
        }
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            assertFalse(SchemaMigration.legacyV1(pool, Dialect.SQLITE), "checksum realigned");
        }
        try (EventStore store = EventStore.open(dir, null)) {
            store.add(SeedFixtures.result000(), TestTables.hash(SeedFixtures.result000()));
            assertEquals(1, store.counts().documents());
        }
    }

    @Test
    void aForeignChecksumIsNotRepairedButRefused() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir); Connection c = pool.getConnection();
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE rasid_schema_history SET checksum = 12345 WHERE version = '1'");
        }
        try (HikariDataSource pool = Dialect.SQLITE.pool(Dialect.sqliteUrl(dir.resolve(EventStore.SQLITE_FILE)))) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> SchemaMigration.migrate(pool, Dialect.SQLITE));
            assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        }
    }

    /** The shipped list and its checksums are Flyway's own, so skipping Flyway skips nothing. */
    @Test
    void theShippedListIsWhatFlywayWouldApply() throws Exception {
        try (HikariDataSource pool = Dialect.SQLITE.pool(Dialect.sqliteUrl(dir.resolve(EventStore.SQLITE_FILE)))) {
            var pending = org.flywaydb.core.Flyway.configure().dataSource(pool)
                    .locations("classpath:db/migration").placeholders(Dialect.SQLITE.placeholders())
                    .table(SchemaMigration.HISTORY).load().info().all();
            var expected = java.util.Arrays.stream(pending)
                    .map(m -> new ShippedMigrations.Script(m.getScript(), m.getChecksum())).toList();
            assertEquals(expected, ShippedMigrations.shipped());
            assertFalse(ShippedMigrations.applied(pool), "a new store goes to Flyway");
        }
    }

    @Test
    void onlyAHistoryOfExactlyTheShippedScriptsSkipsFlyway() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir); Connection c = pool.getConnection();
             Statement st = c.createStatement()) {
            assertTrue(ShippedMigrations.applied(pool));
            st.executeUpdate("UPDATE rasid_schema_history SET success = 0 WHERE version = '4'");
            assertFalse(ShippedMigrations.applied(pool), "a failed step");
            st.executeUpdate("DELETE FROM rasid_schema_history WHERE version = '4'");
            st.executeUpdate("DROP TABLE event_replacements");
            assertFalse(ShippedMigrations.applied(pool), "a pending script");
        }
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            assertTrue(ShippedMigrations.applied(pool), "Flyway applied the pending script");
        }
    }
}
