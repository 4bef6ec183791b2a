package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSyncTest {
    @TempDir
    Path dir;

    @Test
    void indexesWhatIsAddedAndCatchesUpWhatAWriterStoredButNeverIndexed() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            EventJson json = new EventJson();
            var r004 = SeedFixtures.result004();
            var r000 = SeedFixtures.result000();
            DocumentWriter writer = new DocumentWriter(sql, json, Dialect.SQLITE);
            // a writer that crashed after its SQL commit: rows without index entries
            writer.write(List.of(r004), List.of(TestTables.hash(r004)));
            try (StoryIndex index = new StoryIndex(dir.resolve("lucene")); WriterLock lock = new WriterLock(dir)) {
                IndexSync sync = new IndexSync(index, sql, json);
                sync.catchUp(1, lock);
                assertEquals(1, index.indexedSeq());
                assertEquals(7, index.count("event"));
                var w = writer.write(List.of(r000), List.of(TestTables.hash(r000)));
                sync.added(List.of(r000), w.merged(), w.seqBefore(), w.seqAfter());
                sync.commit();
                assertEquals(2, index.indexedSeq());
                assertEquals(8, index.count("event"));
                assertEquals(2, index.count("story"));
                sync.release();
            }
        }
    }

    @Test
    void leavesTheIndexToTheProcessHoldingTheWriterLock() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            var r004 = SeedFixtures.result004();
            new DocumentWriter(sql, new EventJson(), Dialect.SQLITE).write(List.of(r004), List.of(TestTables.hash(r004)));
            try (StoryIndex index = new StoryIndex(dir.resolve("lucene")); WriterLock other = new WriterLock(dir);
                 WriterLock mine = new WriterLock(dir)) {
                other.tryAcquire();
                new IndexSync(index, sql, new EventJson()).catchUp(1, mine);
                assertEquals(0, index.indexedSeq(), "the writer indexes what it stores itself");
            }
        }
    }
}
