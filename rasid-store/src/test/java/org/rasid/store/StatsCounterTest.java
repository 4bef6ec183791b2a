package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCounterTest {
    @TempDir
    Path dir;

    @Test
    void indexAndSqlCountTheSameWithUnknownsAndTheMostFrequentFirst() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir);
             StoryIndex index = new StoryIndex(dir.resolve("lucene")); WriterLock lock = new WriterLock(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            EventJson json = new EventJson();
            var r004 = SeedFixtures.result004();
            var r000 = SeedFixtures.result000();
            new DocumentWriter(sql, json, Dialect.SQLITE).write(List.of(r004, r000), List.of(TestTables.hash(r004),
                    TestTables.hash(r000)));
            new IndexSync(index, sql, json).catchUp(2, lock);
            EventQuery all = EventQuery.fromParams(k -> null, 100);
            Stats a = new StatsCounter(sql, index, new EventReader(sql, index, json, Dialect.SQLITE)).stats(all);
            Stats b = new StatsCounter(sql, index, new EventReader(sql, index, json, Dialect.POSTGRESQL)).stats(all);
            assertEquals(a, b);
            assertEquals(8, a.total());
            // SY-HL (3) and SY-ID (3) tie: by code; then SY-DY, SY-HM
            assertEquals(List.of("SY-HL", "SY-ID", "SY-DY", "SY-HM"), List.copyOf(a.byAdmin1().keySet()));
            assertEquals(3L, a.byType().get("Explosions/Remote violence"));
        }
    }
}
