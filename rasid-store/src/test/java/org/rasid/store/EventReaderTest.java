package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;

class EventReaderTest {
    @TempDir
    Path dir;

    /** The same answers whether the index (SQLite) or SQL (as on PostgreSQL) reads the filters. */
    @Test
    void indexAndSqlGiveTheSameEventsInTheSameOrder() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir);
             StoryIndex index = new StoryIndex(dir.resolve("lucene")); WriterLock lock = new WriterLock(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            EventJson json = new EventJson();
            var r004 = SeedFixtures.result004();
            var r000 = SeedFixtures.result000();
            new DocumentWriter(sql, json, Dialect.SQLITE).write(List.of(r004, r000), List.of(TestTables.hash(r004),
                    TestTables.hash(r000)));
            new IndexSync(index, sql, json).catchUp(2, lock);
            EventReader viaIndex = new EventReader(sql, index, json, Dialect.SQLITE);
            EventReader viaSql = new EventReader(sql, index, json, Dialect.POSTGRESQL);
            for (Map<String, String> p : List.of(Map.<String, String>of(), Map.of("admin1", "SY-ID"),
                    Map.of("actor", "YPG"), Map.of("type", "04"), Map.of("from", "2018-09-04"))) {
                EventQuery q = EventQuery.fromParams(p::get, 100);
                List<String> a = ids(viaIndex, q);
                assertEquals(a, ids(viaSql, q), p.toString());
                assertEquals(a.size(), viaIndex.countEvents(q));
                assertEquals(a.size(), viaSql.countEvents(q));
            }
            assertEquals(8, ids(viaIndex, EventQuery.fromParams(k -> null, 100)).size());
            assertEquals(SeedFixtures.DOC_004, viaSql.documentWithHash(TestTables.hash(r004)).orElseThrow());
            assertEquals("شبكة شام", viaSql.stories(SeedFixtures.DOC_004).get(0).outlet());
            assertTrue(viaSql.search("حلب", 10, 0).size() >= 1);
            assertThrows(IllegalArgumentException.class, () -> viaSql.search(" ", 10, 0));
        }
    }

    private static List<String> ids(EventReader r, EventQuery q) {
        List<String> out = new ArrayList<>();
        r.forEach(q, true, (Event e) -> out.add(e.id()));
        return out;
    }
}
