package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlRunnerTest {
    @TempDir
    Path dir;

    @Test
    void bindsValuesInsteadOfSplicingThem() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            String hostile = "x' OR '1'='1";
            assertEquals(Optional.empty(), sql.one("SELECT id FROM documents WHERE id = ?", rs -> rs.getString(1),
                    hostile));
            assertEquals(List.of("حلب", "3", "2.5"), sql.all("SELECT ? UNION ALL SELECT ? UNION ALL SELECT ?",
                    rs -> rs.getString(1), "حلب", 3, 2.5));
            List<Long> streamed = new ArrayList<>();
            sql.stream("SELECT ? + 1", rs -> rs.getLong(1), streamed::add, 41L);
            assertEquals(List.of(42L), streamed);
            assertThrows(IllegalArgumentException.class, () -> sql.all("SELECT ?", rs -> 1, new Object()));
            assertThrows(IllegalStateException.class, () -> sql.all("SELECT * FROM no_such_table", rs -> 1));
        }
    }

    @Test
    void mergeTransactionCommitsWholeOrNothing() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            try (var c = pool.getConnection(); var st = c.createStatement()) {
                st.execute("CREATE TABLE t (x TEXT)");
            }
            String kept = sql.inMergeTransaction(Dialect.SQLITE, "store حلب", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                    SqlRunner.bind(ps, "حلب");
                    ps.executeUpdate();
                }
                return "done";
            });
            assertEquals("done", kept);
            // a failure after a first write leaves nothing of the transaction behind
            assertThrows(IllegalArgumentException.class, () -> sql.inMergeTransaction(Dialect.SQLITE, "store إدلب", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                    SqlRunner.bind(ps, "إدلب");
                    ps.executeUpdate();
                }
                throw new IllegalArgumentException("refused");
            }));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> sql.inMergeTransaction(Dialect.SQLITE, "store درعا", c -> {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                            SqlRunner.bind(ps, "درعا");
                            ps.executeUpdate();
                        }
                        return c.prepareStatement("SELECT * FROM no_such_table").executeQuery();
                    }));
            assertTrue(e.getMessage().startsWith("could not store درعا: "), e.getMessage());
            assertEquals(List.of("حلب"), sql.all("SELECT x FROM t", rs -> rs.getString(1)));
        }
    }
}
