package org.rasid.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, refilled
 * continuously, bursts up to a tenth of a minute's worth (at least 10).
 */
final class RequestRateLimiter {
    private final double perNano;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long last;
    }

    RequestRateLimiter(int perMinute) {
        this.perNano = perMinute / 60e9;
        this.burst = Math.max(10, perMinute / 10.0);
    }

    boolean allow(String client) {
        if (buckets.size() > 100_000) {
            buckets.clear(); // a flood of addresses must not exhaust memory
        }
        Bucket b = buckets.computeIfAbsent(client, k -> {
            Bucket n = new Bucket();
            n.tokens = burst;
            n.last = System.nanoTime();
            return n;
        });
        synchronized (b) {
            long now = System.nanoTime();
            b.tokens = Math.min(burst, b.tokens + (now - b.last) * perNano);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
