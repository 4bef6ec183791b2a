package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;

class EventRowsTest {
    @TempDir
    Path dir;

    @Test
    void aNewEventIsWrittenWithoutDeletingAndAStoredOneIsReplaced() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            var r004 = SeedFixtures.result004();
            new DocumentWriter(sql, new EventJson(), Dialect.SQLITE).write(List.of(r004),
                    List.of(TestTables.hash(r004)));
            Event stored = r004.events().get(0);
            Event fresh = Reports.withId(stored, "new-event");
            EventJson json = new EventJson();
            EventRows rows = new EventRows(json);
            String body = json.write(fresh);
            try (Connection c = pool.getConnection()) {
                rows.write(c, fresh, "2018-09-04", body, false);
                // written again as a stored event: its rows are replaced, not doubled
                rows.write(c, fresh, "2018-09-04");
                // a stored event written as new fails on its key rather than doubling its rows
                assertThrows(SQLException.class, () -> rows.write(c, fresh, "2018-09-04", body, false));
            }
            assertEquals(List.of(body), sql.all("SELECT body FROM event_bodies WHERE event_id = ?",
                    rs -> rs.getString(1), "new-event"));
            assertEquals(sql.one("SELECT COUNT(*) FROM mentions WHERE event_id = ?", rs -> rs.getInt(1), stored.id()),
                    sql.one("SELECT COUNT(*) FROM mentions WHERE event_id = ?", rs -> rs.getInt(1), "new-event"));
            assertEquals(List.of(1), sql.all("SELECT COUNT(*) FROM events WHERE id = ?", rs -> rs.getInt(1),
                    "new-event"));
        }
    }

    @Test
    void anIngestedEventsBodyIsItsFirstRevisionsBody() throws Exception {
        try (HikariDataSource pool = TestTables.migrated(dir)) {
            SqlRunner sql = new SqlRunner(pool);
            var r004 = SeedFixtures.result004();
            new DocumentWriter(sql, new EventJson(), Dialect.SQLITE).write(List.of(r004),
                    List.of(TestTables.hash(r004)));
            assertEquals(List.of(), sql.all("SELECT b.event_id FROM event_bodies b JOIN event_revisions r"
                    + " ON r.event_id = b.event_id AND r.rev = 1 WHERE r.body <> b.body", rs -> rs.getString(1)));
            assertEquals(sql.one("SELECT COUNT(*) FROM event_bodies", rs -> rs.getInt(1)),
                    sql.one("SELECT COUNT(*) FROM event_revisions WHERE kind = 'created'", rs -> rs.getInt(1)));
        }
    }
}
