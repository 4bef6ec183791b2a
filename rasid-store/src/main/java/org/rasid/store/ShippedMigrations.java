package org.rasid.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Whether a store's schema history already holds exactly the migration scripts this build ships,
 * each applied with success and with the checksum Flyway gives the script (CRC32 over its lines,
 * without line ends or a byte-order mark). Then there is nothing to migrate or validate, and the
 * store opens without Flyway, whose configuration, classpath scan and validation are a fifth of
 * a small ingest's main thread. Any other history (a new store, a pending script, a failed step,
 * a foreign or legacy checksum, a row more) goes to Flyway as before.
 */
final class ShippedMigrations {
    static final String LIST = "db/shipped-migrations.txt";
    private static final String FOLDER = "db/migration/";

    private ShippedMigrations() {
    }

    /** A shipped script: its file name and Flyway's checksum of it. */
    record Script(String name, int checksum) {
    }

    /** The shipped scripts in version order. */
    static List<Script> shipped() {
        List<Script> scripts = new ArrayList<>();
        for (String line : lines(LIST)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                scripts.add(new Script(line.strip(), checksum(FOLDER + line.strip())));
            }
        }
        return scripts;
    }

    /** Whether the history table lists exactly {@link #shipped()}, every step a success. */
    static boolean applied(DataSource pool) {
        List<Script> expected = shipped();
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT script, checksum, success FROM "
                     + SchemaMigration.HISTORY + " ORDER BY installed_rank");
             ResultSet rs = ps.executeQuery()) {
            int i = 0;
            while (rs.next()) {
                if (i == expected.size()) {
                    return false;
                }
                Script s = expected.get(i++);
                int checksum = rs.getInt(2);
                if (rs.wasNull() || checksum != s.checksum() || !s.name().equals(rs.getString(1))
                        || !rs.getBoolean(3)) {
                    return false;
                }
            }
            return i == expected.size();
        } catch (SQLException e) {
            return false; // no history table yet: a new store
        }
    }

    private static int checksum(String resource) {
        CRC32 crc = new CRC32();
        boolean first = true;
        for (String line : lines(resource)) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    private static List<String> lines(String resource) {
        InputStream in = ShippedMigrations.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
