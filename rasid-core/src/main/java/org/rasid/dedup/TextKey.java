package org.rasid.dedup;

/**
 * The exact-duplicate key of a text: its sequence of words, hashed from each word's own 64-bit
 * hash (the one its shingles use, kept in the shared word) as the words are read. Two texts have
 * the same key when they have the same words in the same order, as when the words joined by
 * single spaces were hashed; reading each word's hash instead of its chars spares a pass over
 * every char of the document (words are non-empty and hold no space, so the two agree).
 */
final class TextKey {
    /** An odd multiplier: the running value is a polynomial in the word hashes, modulo 2^64. */
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long BASIS = 0x2545F4914F6CDD1DL;

    private long polynomial = BASIS;
    private int words;

    /** Appends a word by its hash. */
    void add(long wordHash) {
        polynomial = polynomial * MULTIPLIER + wordHash;
        words++;
    }

    /** Appends a word to this key and to {@code other}'s (a paragraph's and its story's). */
    void add(long wordHash, TextKey other) {
        add(wordHash);
        other.add(wordHash);
    }

    /** The key's 64-bit hash. */
    long hash() {
        return Mix.fmix64(polynomial) ^ Long.rotateLeft(Mix.fmix64(words), 17);
    }
}
