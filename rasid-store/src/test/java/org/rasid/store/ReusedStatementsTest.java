package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class ReusedStatementsTest {
    private static final String BY_ID = "SELECT name FROM places WHERE id = ?";

    private static Connection places() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT)");
            st.executeUpdate("INSERT INTO places VALUES (1, 'حلب'), (2, 'إدلب')");
        }
        return c;
    }

    private static String name(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void aClosedStatementIsPreparedOnceAndAnswersWithItsNewParameters() throws SQLException {
        try (Connection real = places(); ReusedStatements reused = new ReusedStatements(real)) {
            Connection c = reused.connection();
            PreparedStatement first = c.prepareStatement(BY_ID);
            PreparedStatement kept = first.unwrap(PreparedStatement.class);
            first.close();
            assertTrue(first.isClosed());
            PreparedStatement again = c.prepareStatement(BY_ID);
            assertSame(kept, again.unwrap(PreparedStatement.class), "the same statement, not parsed again");
            again.close();
            assertEquals("حلب", name(c, 1));
            assertEquals("إدلب", name(c, 2));
            assertEquals(null, name(c, 3));
            assertTrue(!kept.isClosed());
            reused.close();
            assertTrue(kept.isClosed(), "closed with the transaction");
        }
    }

    @Test
    void theSameTextWhileItsResultIsOpenGetsAStatementOfItsOwn() throws SQLException {
        try (Connection real = places(); ReusedStatements reused = new ReusedStatements(real)) {
            Connection c = reused.connection();
            try (PreparedStatement outer = c.prepareStatement(BY_ID)) {
                outer.setInt(1, 1);
                try (ResultSet rs = outer.executeQuery()) {
                    assertTrue(rs.next());
                    try (PreparedStatement inner = c.prepareStatement(BY_ID)) {
                        assertNotSame(outer.unwrap(PreparedStatement.class), inner.unwrap(PreparedStatement.class));
                    }
                    assertEquals("إدلب", name(c, 2));
                    assertEquals("حلب", rs.getString(1), "the outer result is untouched");
                }
            }
        }
    }
}
