package org.rasid.dedup;

/**
 * MinHash signatures of {@link #HASHES} slots by one-permutation hashing: the shingles are
 * spread over the slots by their high bits, each slot keeps its least shingle, and the empty
 * slots of a short text are filled from their neighbours. Two sets agree at a slot with
 * probability close to their Jaccard similarity, as with one hash function per slot, at one
 * multiplication per shingle instead of {@link #HASHES}.
 */
public final class MinHasher {
    public static final int BANDS = 42;
    public static final int ROWS = 3;
    /**
     * 42 bands of 3 rows: with independent slots a pair at Jaccard 0.35 becomes a candidate 85% of
     * the time, at 0.6 always (>99.9%), at 0.1 about 4%; filled one-permutation slots come close
     * (MinHasherTest: every edited seed line at 0.6 or more shares a band).
     */
    public static final int HASHES = BANDS * ROWS;
    /** An empty bin: above every value a bin keeps (those have their top and lowest bits clear). */
    static final long EMPTY = Long.MAX_VALUE;
    /** The rehash of a shingle in its bin, x·MUL + ADD with an xor-shift (MUL odd: a bijection). */
    private static final long MUL = Mix.fmix64(0x9E3779B97F4A7C15L) | 1L;
    private static final long ADD = Mix.fmix64(0x52E2C3AC16D26F29L); // 0xC2B2AE3D27D4EB4F · 7, as before
    /** What a filled bin adds per step from the bin it copies, so copies at other distances differ. */
    private static final long COPY_SHIFT = 0x9E3779B97F4A7C16L;
    /** Per bin (bit i % 64, flipped for bins 64 and up): whether it is filled from the right. */
    private static final long LEFT_OR_RIGHT = 0x5DEECE66DA3B9F1L;

    private MinHasher() {
    }

    /**
     * The signature of a set of (already well mixed) shingle hashes: {@link #bins} then
     * {@link #densify}.
     */
    public static long[] signature(long[] shingles) {
        return densify(bins(shingles));
    }

    /**
     * One-permutation hashing: each shingle falls in one of {@link #HASHES} bins by its high bits
     * and the bin keeps the least of its shingles, rehashed (x·a + b with an xor-shift) so its
     * low bits do not depend on the bin. One multiplication per shingle, where a hash function
     * per slot cost {@link #HASHES}. Empty bins hold {@link #EMPTY}; bins of a union are the
     * position-wise minimum ({@link #union}), so a story's come from its paragraphs'.
     */
    public static long[] bins(long[] shingles) {
        return bins(shingles, new long[HASHES]);
    }

    /** The same, into {@code bins} ({@link #HASHES} long, overwritten): a caller's array reused per text. */
    static long[] bins(long[] shingles, long[] bins) {
        java.util.Arrays.fill(bins, EMPTY);
        for (long s : shingles) {
            int bin = (int) (((s >>> 32) * HASHES) >>> 32);
            long h = s * MUL + ADD;
            bins[bin] = Math.min(bins[bin], (h ^ (h >>> 31)) & Long.MAX_VALUE - 1);
        }
        return bins;
    }

    /**
     * Fills the empty bins (a short text leaves most of them empty) from a non-empty neighbour,
     * left or right by a fixed coin per bin, shifted by the distance so that copies of one value
     * in different places differ (Shrivastava and Li's improved densification, 2014): two sets
     * then agree on a slot with probability close to their Jaccard similarity, as with
     * {@link #HASHES} independent functions.
     */
    public static long[] densify(long[] bins) {
        return densify(bins, new int[HASHES]);
    }

    /**
     * The same, with {@code full} ({@link #HASHES} long, overwritten) a caller's array for the
     * full bins' positions; the signature is a new array, as a caller keeps it.
     */
    static long[] densify(long[] bins, int[] full) {
        long[] sig = bins.clone();
        // the full bins in order, then one walk: an empty bin's neighbours are the full bins
        // either side of it (around the circle), with no per-bin distance tables
        int m = 0;
        for (int i = 0; i < HASHES; i++) {
            if (bins[i] != EMPTY) {
                full[m++] = i;
            }
        }
        if (m == 0 || m == HASHES) {
            return sig; // no shingle at all, or nothing to fill
        }
        int p = 0; // the first full bin after i
        for (int i = 0; i < HASHES; i++) {
            if (p < m && full[p] == i) {
                p++;
                continue;
            }
            boolean right = (LEFT_OR_RIGHT >>> (i & 63) & 1) == (i >>> 6 & 1);
            int d = right ? (p < m ? full[p] : full[0] + HASHES) - i
                    : i - (p > 0 ? full[p - 1] : full[m - 1] - HASHES);
            int from = right ? i + d : i - d;
            from = from >= HASHES ? from - HASHES : from < 0 ? from + HASHES : from;
            sig[i] = bins[from] + d * COPY_SHIFT + (right ? 0 : 1);
        }
        return sig;
    }

    /** The signature of the union of two sets: the position-wise minimum of theirs. */
    public static long[] union(long[] a, long[] b) {
        long[] out = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            out[i] = Math.min(a[i], b[i]);
        }
        return out;
    }

    /** Unites the set of {@code b} into {@code into}: the position-wise minimum, in place. */
    static void unite(long[] into, long[] b) {
        for (int i = 0; i < HASHES; i++) {
            into[i] = Math.min(into[i], b[i]);
        }
    }

    /** The LSH bucket keys of every band of a signature. */
    static long[] bandKeys(long[] sig) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            keys[b] = bandKey(sig, b);
        }
        return keys;
    }

    /** The LSH bucket key of band {@code band} of a signature. */
    static long bandKey(long[] sig, int band) {
        long h = band * 0x632BE59BD9B4E019L;
        for (int r = 0; r < ROWS; r++) {
            h = Mix.fmix64(h ^ sig[band * ROWS + r]);
        }
        return h;
    }
}
