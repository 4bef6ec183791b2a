package org.rasid.dedup;

/**
 * The exact-duplicate key of a text, its words joined by single spaces, hashed as the words are
 * read instead of built as a string and hashed after: FNV-1a over the key's chars, then mixed
 * with the key's length. The values are those of hashing the joined string, so an index keyed on
 * them finds the same repeats.
 */
final class TextKey {
    static final long FNV_BASIS = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private long fnv = FNV_BASIS;
    private int length;

    /** Appends a (non-empty) word, after a space unless it is the first. */
    void add(String word) {
        long h = fnv;
        if (length > 0) {
            h = (h ^ ' ') * FNV_PRIME;
            length++;
        }
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        fnv = h;
        length += word.length();
    }

    /** The key's 64-bit hash. */
    long hash() {
        return Mix.fmix64(fnv) ^ Long.rotateLeft(Mix.fmix64(length), 17);
    }
}
