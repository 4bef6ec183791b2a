package org.rasid.cli;

import org.rasid.dedup.DuplicateIndex;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.EventStore;

/**
 * An ingest's duplicate indexes (paragraphs, stories), seeded with the documents the store
 * already holds, as far back as their window reaches: the newest stored documents are fed to
 * them in arrival order until the windows have been full once (they then hold at least the
 * most recent texts worth half their budget, as in one uninterrupted run), or every stored
 * document when the store holds less. So an ingest into a store of any size reads back only a
 * window's worth of it, and a store smaller than the window is seeded exactly as before:
 * two ingests of a corpus's halves drop the same repeats as one of all.
 *
 * @param documents how many stored documents were fed to the indexes
 * @param all       whether those were all the store holds
 * @param rounds    how many times the seeding began again further back (0: the first guess sufficed)
 */
record DuplicateSeed(DuplicateIndex paragraphs, DuplicateIndex stories, long documents, boolean all, int rounds) {
    /**
     * First guess of the text that fills a window: this many bytes of window per character.
     * ANT's news text costs each index about 7.6 bytes a character (DuplicateIndex's estimate,
     * calibrated on ANT: 54 MB for both indexes over 3.53 M characters); a lower figure errs on
     * the side of reading a little more rather than starting over.
     */
    static final long WINDOW_BYTES_PER_CHAR = 6;

    /** @param windowBytes each index's window (0: no limit, so every stored document) */
    static DuplicateSeed of(EventStore store, Pipeline pipeline, long windowBytes) {
        long chars = windowBytes == 0 ? Long.MAX_VALUE : Math.max(1, windowBytes / WINDOW_BYTES_PER_CHAR);
        for (int round = 0; ; round++) {
            long from = windowBytes == 0 ? 0 : store.recentDocumentsFrom(chars);
            DuplicateIndex paragraphs = new DuplicateIndex(windowBytes);
            DuplicateIndex stories = new DuplicateIndex(windowBytes);
            long[] fed = {0};
            store.forEachDocument(from, d -> {
                fed[0]++;
                try {
                    pipeline.remember(d, paragraphs, stories);
                } catch (RuntimeException | StackOverflowError e) {
                    // a document the pipeline failed on was never stored: nothing of it to remember
                }
            });
            if (from == 0 || paragraphs.filled() && stories.filled()) {
                return new DuplicateSeed(paragraphs, stories, fed[0], from == 0, round);
            }
            chars = chars > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : chars * 2;
        }
    }
}
