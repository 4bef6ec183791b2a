package org.rasid.clean;

import java.util.List;

/**
 * The cleaner's verdict on a document: every non-blank line (or part of one) as a block of some
 * kind, in text order, plus the metadata found. The text itself is untouched; these spans say
 * what to read and what to skip.
 */
public record Cleaning(List<Block> blocks, PageMetadata metadata) {
    public Cleaning {
        blocks = List.copyOf(blocks);
    }

    /** The news blocks (body and ticker items), in order. */
    public List<Block> news() {
        return blocks.stream().filter(b -> b.kind().isNews()).toList();
    }

    /** The blocks that are not news (boilerplate, titles, metadata lines), in order. */
    public List<Block> skipped() {
        return blocks.stream().filter(b -> !b.kind().isNews()).toList();
    }
}
