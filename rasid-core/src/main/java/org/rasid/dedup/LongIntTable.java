package org.rasid.dedup;

import java.util.Arrays;

/**
 * A map from long keys to non-negative ints by open addressing: the duplicate index holds one
 * key per LSH band of every text, tens of millions in a large run, where boxed keys and one
 * node per entry would cost several times the data itself. Not thread-safe.
 */
final class LongIntTable {
    // small at first: a document's own duplicate indexes (two per document) hold a few texts
    private long[] keys = new long[64];
    private int[] values = new int[64]; // value + 1; 0 marks a free slot
    private int size;

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            int v = values[i];
            if (v == 0) {
                return -1;
            }
            if (keys[i] == key) {
                return v - 1;
            }
        }
    }

    /** Maps {@code key} to {@code value} (≥ 0) unless it is mapped already; returns the value it has now. */
    int putIfAbsent(long key, int value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i] - 1;
            }
        }
        keys[i] = key;
        values[i] = value + 1;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 29)) & mask; // keys are hashes already
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (values[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
        Arrays.fill(oldValues, 0);
    }
}
