package org.rasid.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A view of one write transaction's connection that prepares each SQL text once: writing a
 * batch runs the same few dozen statements for every report of every document, and the
 * database parsed and planned each of them anew every time. Closing a statement got from the
 * view keeps it for the next use; the statements are closed with this object, before the
 * connection. A text whose statement is still in use (a result still open) gets one of its own.
 */
final class ReusedStatements implements AutoCloseable {
    private final Connection real;
    private final Connection view;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Set<String> inUse = new HashSet<>();

    ReusedStatements(Connection real) {
        this.real = real;
        this.view = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    if (m.getName().equals("prepareStatement") && args != null && args.length == 1) {
                        return statement((String) args[0]);
                    }
                    return call(real, m, args);
                });
    }

    /** The connection to run the transaction on. */
    Connection connection() {
        return view;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        if (inUse.contains(sql)) {
            return real.prepareStatement(sql);
        }
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = real.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        inUse.add(sql);
        PreparedStatement target = ps;
        boolean[] closed = {false};
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "close" -> {
                            if (!closed[0]) {
                                closed[0] = true;
                                inUse.remove(sql);
                                target.clearParameters();
                                target.clearBatch();
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return closed[0];
                        }
                        default -> {
                            return call(target, m, args);
                        }
                    }
                });
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
