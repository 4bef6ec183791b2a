package org.rasid.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A few reusable JDBC connections: opening one per request is slow on PostgreSQL. */
final class ConnectionPool implements AutoCloseable {
    private final String url;
    private final Properties props;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final int max;
    private boolean closed;

    ConnectionPool(String url, Properties props, int max) {
        this.url = url;
        this.props = props;
        this.max = max;
        this.idle = new ArrayBlockingQueue<>(max);
    }

    Connection take() throws SQLException {
        Connection c = idle.poll();
        if (c == null) {
            synchronized (this) {
                if (closed) {
                    throw new SQLException("store is closed");
                }
                if (all.size() < max) {
                    c = DriverManager.getConnection(url, props);
                    all.add(c);
                    return c;
                }
            }
            try {
                c = idle.poll(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a connection", e);
            }
            if (c == null) {
                throw new SQLException("no database connection free after 60 s");
            }
        }
        return c;
    }

    void give(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            drop(c);
            return;
        }
        if (!idle.offer(c)) {
            drop(c);
        }
    }

    private synchronized void drop(Connection c) {
        all.remove(c);
        try {
            c.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        all.clear();
        idle.clear();
    }
}
