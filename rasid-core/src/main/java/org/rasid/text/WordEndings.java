package org.rasid.text;

/**
 * A bitset of the last two letters of a set of words: a cheap, exact "no" for a word that cannot
 * be one of them or carry one of them after proclitics, which leave the end of a word as it is.
 * Asked before a map lookup, it spares hashing most words of a text (the memo maps of the
 * matchers cost ~20% of the pipeline).
 */
public final class WordEndings {
    private static final int BITS = 1 << 12;

    private final long[] bits = new long[BITS / 64];

    public void add(String word) {
        int k = key(word);
        bits[k >>> 6] |= 1L << k;
    }

    /** False only if no word added ends with the same two letters (or is the same single letter). */
    public boolean mayEndLike(String word) {
        int k = key(word);
        return (bits[k >>> 6] & (1L << k)) != 0;
    }

    private static int key(String w) {
        int n = w.length();
        if (n == 0) {
            return 0;
        }
        char last = w.charAt(n - 1);
        char before = n > 1 ? w.charAt(n - 2) : 0;
        return (before * 31 + last) & (BITS - 1);
    }
}
