package org.rasid.store;

import java.nio.file.Path;
import java.util.Properties;

/**
 * What differs between the embedded SQLite store and a shared PostgreSQL server. Everything
 * else (every query) is the same SQL, with bound parameters only.
 */
enum Dialect {
    SQLITE("classpath:db/migration/sqlite"),
    POSTGRESQL("classpath:db/migration/postgresql");

    final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
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

    /** Connection settings: WAL so readers never wait for the writer; a busy wait for writers. */
    Properties connectionProperties() {
        Properties p = new Properties();
        if (this == SQLITE) {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "NORMAL");
            p.setProperty("busy_timeout", "30000");
            p.setProperty("foreign_keys", "true");
            // the default 2 MB page cache makes every filtered query re-read the table through the OS
            p.setProperty("cache_size", "-65536");
            p.setProperty("mmap_size", Long.toString(1L << 30));
            p.setProperty("temp_store", "MEMORY");
        }
        return p;
    }
}
