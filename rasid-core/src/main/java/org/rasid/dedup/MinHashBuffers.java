package org.rasid.dedup;

import java.util.Arrays;

/**
 * The arrays a thread reuses for each text's MinHash bins: a paragraph's bins, its story's
 * united bins and the full bins' positions are needed only until its signature is made, and
 * made anew for every paragraph they were 7% of the bytes the warm pipeline allocated. Only the
 * signatures, which the duplicate indexes read later, are new arrays.
 */
final class MinHashBuffers {
    private static final ThreadLocal<MinHashBuffers> OF_THREAD = ThreadLocal.withInitial(MinHashBuffers::new);

    /** A paragraph's bins ({@link MinHasher#bins(long[], long[])}). */
    final long[] bins = new long[MinHasher.HASHES];
    /** The positions of the full bins ({@link MinHasher#densify(long[], int[])}). */
    final int[] full = new int[MinHasher.HASHES];
    private final long[] story = new long[MinHasher.HASHES];

    private MinHashBuffers() {
    }

    /** This thread's buffers. */
    static MinHashBuffers ofThread() {
        return OF_THREAD.get();
    }

    /** The story's bins, emptied: the union of no paragraph yet. */
    long[] storyBins() {
        Arrays.fill(story, MinHasher.EMPTY);
        return story;
    }
}
