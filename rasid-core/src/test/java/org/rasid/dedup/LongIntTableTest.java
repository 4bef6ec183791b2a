package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntTableTest {
    @Test
    void agreesWithAHashMapThroughGrowth() {
        LongIntTable table = new LongIntTable();
        Map<Long, Integer> map = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextInt(30_000) * 0x9E3779B97F4A7C15L; // repeats, and keys with equal low bits
            Integer had = map.putIfAbsent(key, i);
            assertEquals(had == null ? i : had, table.putIfAbsent(key, i));
        }
        assertEquals(map.size(), table.size());
        for (Map.Entry<Long, Integer> e : map.entrySet()) {
            assertEquals(e.getValue(), table.get(e.getKey()));
        }
        assertEquals(-1, table.get(12345L));
        assertEquals(-1, new LongIntTable().get(0L));
    }

    @Test
    void theKeyZeroIsAKeyLikeAnyOther() {
        LongIntTable table = new LongIntTable();
        assertEquals(-1, table.get(0L));
        assertEquals(0, table.putIfAbsent(5L, table.size()));
        assertEquals(1, table.putIfAbsent(0L, table.size()));
        assertEquals(1, table.putIfAbsent(0L, 9));
        assertEquals(2, table.putIfAbsent(-1L, table.size()));
        assertEquals(3, table.size());
        assertEquals(1, table.get(0L));
        assertEquals(0, table.get(5L));
        assertEquals(2, table.get(-1L));
    }

    @Test
    void aTableSizedForItsKeysDoesNotGrowBeforeThem() {
        assertEquals(64, new LongIntTable().capacity());
        for (int expected : new int[] {0, 1, 16, 17, 42, 64, 65, 1000, 4096}) {
            LongIntTable table = new LongIntTable(expected);
            int capacity = table.capacity();
            for (int i = 0; i < expected; i++) {
                table.putIfAbsent((i + 1) * 0x9E3779B97F4A7C15L, i);
            }
            assertEquals(capacity, table.capacity(), "grew before " + expected + " keys");
            assertTrue(capacity <= Math.max(64, expected * 4), capacity + " slots for " + expected);
        }
    }
}
