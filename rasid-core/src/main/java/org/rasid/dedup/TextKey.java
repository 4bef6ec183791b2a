package org.rasid.dedup;

import org.rasid.text.Word;

/**
 * The exact-duplicate key of a text, its words joined by single spaces, hashed as the words are
 * read instead of built as a string and hashed after: FNV-1a over the key's chars, then mixed
 * with the key's length. The values are those of hashing the joined string, so an index keyed on
 * them finds the same repeats.
 */
final class TextKey {
    static final long FNV_BASIS = Word.FNV_BASIS;
    static final long FNV_PRIME = Word.FNV_PRIME;

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

    /**
     * Appends a (non-empty) word to this key and to {@code other}'s (a paragraph's and its story's)
     * in one reading of its chars.
     */
    void add(String word, TextKey other) {
        long h = fnv;
        long g = other.fnv;
        if (length > 0) {
            h = (h ^ ' ') * FNV_PRIME;
            length++;
        }
        if (other.length > 0) {
            g = (g ^ ' ') * FNV_PRIME;
            other.length++;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            h = (h ^ c) * FNV_PRIME;
            g = (g ^ c) * FNV_PRIME;
        }
        fnv = h;
        length += word.length();
        other.fnv = g;
        other.length += word.length();
    }

    /** The key's 64-bit hash. */
    long hash() {
        return Mix.fmix64(fnv) ^ Long.rotateLeft(Mix.fmix64(length), 17);
    }
}
