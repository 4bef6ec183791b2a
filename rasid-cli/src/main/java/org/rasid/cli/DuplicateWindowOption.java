package org.rasid.cli;

import picocli.CommandLine.Option;

/**
 * {@code --dedup-mb}: the memory window of extract's cross-document duplicate indexes. An ingest
 * has none: a text stored already is found by its content hash in the store.
 */
final class DuplicateWindowOption {
    /** Per index: with both, about 256 MB at most, so a run of any size fits -Xmx512m. */
    static final long DEFAULT_DEDUP_MB = 128;

    @Option(names = "--dedup-mb", paramLabel = "MB", defaultValue = "" + DEFAULT_DEDUP_MB,
            description = {"memory of each duplicate index (paragraphs, stories), default ${DEFAULT-VALUE} MB; 0: no limit.",
                    "Each keeps the most recent texts worth at least half of it and forgets older ones: a copy of a "
                            + "text forgotten that way is not reported (docs/performance.md, \"Memory\")."})
    long dedupMb = DEFAULT_DEDUP_MB;

    /** The window in bytes (0: no limit). */
    long bytes() {
        return dedupMb << 20;
    }

    /** What is wrong with the value, or null. */
    String problem() {
        return dedupMb < 0 ? "--dedup-mb must be 0 or positive" : null;
    }
}
