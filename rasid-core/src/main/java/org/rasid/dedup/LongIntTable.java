package org.rasid.dedup;

/**
 * A map from long keys to non-negative ints by open addressing: the duplicate index holds one
 * key per LSH band of every text, tens of millions in a large run, where boxed keys and one
 * node per entry would cost several times the data itself. Not thread-safe.
 */
final class LongIntTable {
    /**
     * Marks a free slot in {@code keys}: a probe reads the key array only, and the value array
     * only on a hit (most band look-ups miss: one cache miss each instead of two). The key 0
     * itself is kept beside the table.
     */
    private static final long FREE = 0L;

    private long[] keys;
    private int[] values;
    private int size; // entries in the arrays
    private int zeroValue = -1; // the value of the key 0, or -1

    /** Small at first: a document's own duplicate indexes (two per document) hold a few texts. */
    LongIntTable() {
        this(16);
    }

    /** Room for {@code expected} keys without growing (the table still grows past them). */
    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2) * 2; // load at most a half: 64 for 16
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int v = getOrSlot(key);
        return v >= 0 ? v : -1;
    }

    /**
     * The value of {@code key}, or, when it has none, {@code -1 - slot} for the free slot where the
     * probe for it ended (where {@link #putAt} can put it without probing again); the key 0,
     * kept beside the table, gives {@code -1 - capacity()}, no slot.
     */
    int getOrSlot(long key) {
        if (key == FREE) {
            return zeroValue >= 0 ? zeroValue : -1 - keys.length;
        }
        long[] k = keys;
        int mask = k.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long at = k[i];
            if (at == key) {
                return values[i];
            }
            if (at == FREE) {
                return -1 - i;
            }
        }
    }

    /**
     * As {@link #putIfAbsent}, at the free slot {@link #getOrSlot} gave for {@code key} when the
     * table then had {@code capacity} slots: a look-up that missed and the put that follows it
     * read the key's slots once. Keys are never removed, so a slot still free in a table of the
     * same capacity is still the first free one of the key's probe and the key is still absent;
     * otherwise (a put since took the slot, or the table grew) the key is probed for again.
     */
    int putAt(long key, int value, int slot, int capacity) {
        if (key == FREE || capacity != keys.length || slot >= capacity || keys[slot] != FREE) {
            return putIfAbsent(key, value);
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    /** Maps {@code key} to {@code value} (≥ 0) unless it is mapped already; returns the value it has now. */
    int putIfAbsent(long key, int value) {
        if (key == FREE) {
            if (zeroValue < 0) {
                zeroValue = value;
            }
            return zeroValue;
        }
        long[] k = keys;
        int mask = k.length - 1;
        int i = slot(key, mask);
        for (long at; (at = k[i]) != FREE; i = (i + 1) & mask) {
            if (at == key) {
                return values[i];
            }
        }
        k[i] = key;
        values[i] = value;
        if (++size * 2 > k.length) {
            grow();
        }
        return value;
    }

    /** Slots of the arrays now (a power of two). */
    int capacity() {
        return keys.length;
    }

    int size() {
        return size + (zeroValue >= 0 ? 1 : 0);
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
            if (oldKeys[j] != FREE) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
