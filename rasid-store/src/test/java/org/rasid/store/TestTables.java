package org.rasid.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;

/** A migrated SQLite database in a test folder, for the store's parts tested on their own. */
final class TestTables {
    private TestTables() {
    }

    static HikariDataSource migrated(Path dir) throws SQLException {
        HikariDataSource pool = Dialect.SQLITE.pool(Dialect.sqliteUrl(dir.resolve(EventStore.SQLITE_FILE)));
        SchemaMigration.migrate(pool, Dialect.SQLITE);
        return pool;
    }

    static String hash(org.rasid.pipeline.DocumentResult r) {
        return ContentHash.of(r.document().text());
    }
}
