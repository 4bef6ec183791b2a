package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesABatchInOneTransactionAndReportsItsSequenceNumbers() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            DocumentWriter w = new DocumentWriter(sql, new EventJson(), Dialect.SQLITE);
            var r004 = SeedFixtures.result004();
            var r000 = SeedFixtures.result000();
            DocumentWriter.Written done = w.write(List.of(r004, r000), List.of(TestTables.hash(r004),
                    TestTables.hash(r000)));
            assertEquals(List.of(0L, 2L, 8, 8), List.of(done.seqBefore(), done.seqAfter(), done.events(), done.merged().size()));
            assertEquals(List.of("CIVILIANS", "SYR_GOV", "YPG", "FSA", "HTS", "ISIS", "TUR", "SDF", "IRN").size(),
                    sql.one("SELECT COUNT(DISTINCT actor) FROM event_actors", rs -> rs.getInt(1)).orElseThrow());
            // a source row per event: none carried sources, so the document itself with its outlet
            assertEquals(List.of("شبكة شام"), sql.all("SELECT DISTINCT outlet FROM sources WHERE doc = ?",
                    rs -> rs.getString(1), SeedFixtures.DOC_004));
        }
    }

    @Test
    void aBatchWithAStoredDocumentLeavesNothingBehind() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            DocumentWriter w = new DocumentWriter(sql, new EventJson(), Dialect.SQLITE);
            var r000 = SeedFixtures.result000();
            var r004 = SeedFixtures.result004();
            w.write(List.of(r000), List.of(TestTables.hash(r000)));
            var e = assertThrows(IllegalStateException.class,
                    () -> w.write(List.of(r004, r000), List.of(TestTables.hash(r004), TestTables.hash(r000))));
            assertTrue(e.getMessage().contains("document already stored: " + SeedFixtures.DOC_000), e.getMessage());
            assertEquals(List.of(SeedFixtures.DOC_000), sql.all("SELECT id FROM documents", rs -> rs.getString(1)));
        }
    }

    @Test
    void knowsABusyDatabaseFromOtherFailures() {
        assertTrue(DocumentWriter.busy(new SQLException("[SQLITE_BUSY] The database file is locked", null, 5)));
        assertTrue(DocumentWriter.busy(new SQLException("busy snapshot", null, 517)));
        assertTrue(!DocumentWriter.busy(new SQLException("UNIQUE constraint failed", null, 19)));
    }
}
