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
    /**
     * A look-up that misses and the put after it (the duplicate index's band keys: looked up for
     * a text, then put when it is remembered) give the table putIfAbsent gives, whatever was put
     * between them: the slot the look-up found is taken only while it is still the key's.
     */
    @Test
    void aPutAtTheSlotALookUpFoundAgreesWithPutIfAbsent() {
        LongIntTable table = new LongIntTable();
        LongIntTable plain = new LongIntTable();
        Random random = new Random(11);
        for (int round = 0; round < 3_000; round++) {
            // a text's keys: looked up together, then put together (some twice, some put in between)
            long[] keys = new long[1 + random.nextInt(42)];
            for (int b = 0; b < keys.length; b++) {
                keys[b] = random.nextInt(8) == 0 ? 0L : random.nextInt(60_000) * 0x9E3779B97F4A7C15L;
            }
            int capacity = table.capacity();
            int[] found = new int[keys.length];
            for (int b = 0; b < keys.length; b++) {
                found[b] = table.getOrSlot(keys[b]);
                assertEquals(plain.get(keys[b]), Math.max(found[b], -1));
            }
            for (int b = 0; b < keys.length; b++) {
                if (found[b] >= 0) {
                    continue;
                }
                int value = plain.size();
                assertEquals(plain.putIfAbsent(keys[b], value), table.putAt(keys[b], value, -1 - found[b], capacity));
            }
        }
        assertEquals(plain.size(), table.size());
        for (int k = 0; k < 60_000; k++) {
            long key = k * 0x9E3779B97F4A7C15L;
            assertEquals(plain.get(key), table.get(key));
        }
        assertEquals(plain.get(0L), table.get(0L));
    }
}
