package org.rasid.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What differs between the embedded SQLite store and a shared PostgreSQL server: connection
 * settings, pool, and the placeholders of the one migration script. Everything else (every
 * query) is the same SQL, with bound parameters only.
 */
enum Dialect {
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT", -572745377),
    POSTGRESQL("BIGSERIAL PRIMARY KEY", 348002904);

    private static final int POOL_SIZE = 8;
    /** The advisory lock key of merges ("rasid" in ASCII). */
    private static final long MERGE_LOCK = 0x7261736964L;

    /** The documents.seq column's type: the one line where the two schemas differed. */
    private final String seqKey;
    /**
     * The Flyway checksum of this dialect's own V1 script, from before the two scripts became
     * one: stores made then record it, and are accepted (see {@link SchemaMigration}).
     */
    final int legacyChecksum;

    Dialect(String seqKey, int legacyChecksum) {
        this.seqKey = seqKey;
        this.legacyChecksum = legacyChecksum;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:sqlite:… or jdbc:postgresql:…): "
                + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    }

    static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Flyway placeholders of db/migration/V1__schema.sql. */
    Map<String, String> placeholders() {
        return Map.of("seq_key", seqKey);
    }

    /**
     * Connection settings. SQLite: WAL so readers never wait for the writer and never block it;
     * transactions take the write lock when they begin (IMMEDIATE), where the busy timeout
     * applies: a deferred one that read first fails at once with SQLITE_BUSY when another
     * process wrote in between, which is how documents were lost (issue 17).
     */
    Properties connectionProperties() {
        Properties p = new Properties();
        if (this == SQLITE) {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "NORMAL");
            p.setProperty("busy_timeout", "30000");
            p.setProperty("transaction_mode", "IMMEDIATE");
            p.setProperty("foreign_keys", "true");
            // the default 2 MB page cache makes every filtered query re-read the table through the OS
            p.setProperty("cache_size", "-65536");
            p.setProperty("mmap_size", Long.toString(1L << 30));
            p.setProperty("temp_store", "MEMORY");
        }
        return p;
    }

    /**
     * Serialises merges into one database inside the caller's transaction: data folders that
     * share a PostgreSQL database would otherwise each miss the other's uncommitted reports and
     * split one event in two. SQLite's transactions already take the write lock when they begin.
     */
    void lockMerges(java.sql.Connection c) throws java.sql.SQLException {
        if (this == POSTGRESQL) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, MERGE_LOCK);
                ps.execute();
            }
        }
    }

    /** A HikariCP pool of a few connections: opening one per request is slow on PostgreSQL. */
    HikariDataSource pool(String url) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setDataSourceProperties(connectionProperties());
        c.setMaximumPoolSize(POOL_SIZE);
        c.setPoolName("rasid-" + name().toLowerCase(Locale.ROOT));
        c.setConnectionTimeout(60_000);
        if (this == SQLITE) {
            // a file connection is cheap and never goes stale: keep one, open the rest on demand
            c.setMinimumIdle(1);
            c.setMaxLifetime(0);
        } else {
            c.setMinimumIdle(2);
        }
        return new HikariDataSource(c);
    }
}
