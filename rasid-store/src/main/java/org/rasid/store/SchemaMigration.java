package org.rasid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the current schema with Flyway: one script set under db/migration for
 * both dialects, the differences filled in from {@link Dialect#placeholders()}. Stores created
 * while each dialect had its own V1 script recorded that script's checksum; such a V1 (and only
 * such) has its checksum realigned once (Flyway's repair), as the schema it created is the same.
 */
final class SchemaMigration {
    static final String HISTORY = "rasid_schema_history";
    /** Flyway reports every migration step at INFO; kept as a field so the level sticks. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private SchemaMigration() {
    }

    static void migrate(DataSource pool, Dialect dialect) throws SQLException {
        if (ShippedMigrations.applied(pool)) {
            return; // the history holds exactly the shipped scripts: Flyway would find nothing to do
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(dialect.placeholders())
                    .table(HISTORY)
                    .load();
            if (legacyV1(pool, dialect)) {
                flyway.repair();
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            // never echo a password from the URL into logs or terminals
            throw new SQLException("schema migration failed: "
                    + String.valueOf(e.getMessage()).replaceAll("(?i)(password=)[^&\\s)]*", "$1***"));
        }
    }

    /** Whether V1 was applied from the dialect's former own script. */
    static boolean legacyV1(DataSource pool, Dialect dialect) {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT checksum FROM " + HISTORY + " WHERE version = '1'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == dialect.legacyChecksum;
        } catch (SQLException e) {
            return false; // no history table yet: a new store
        }
    }
}
