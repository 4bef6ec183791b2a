package org.rasid.merge;

import java.util.HashSet;
import java.util.Set;
import org.rasid.model.Sha256;

/**
 * A document whose text is the same as an earlier document's (a page crawled twice, a copy
 * under another name) is that document read again: its events are no new reports, so an
 * outlet never becomes a source of an event twice. The store's rule (ContentHash: one
 * document per SHA-256 of its text), kept here so that `extract --merge` and the Spark job
 * follow it too. A paragraph or story repeated inside a new text is another matter: its
 * events are reports, and the merge joins them (issue 15). Not thread-safe: one per run.
 */
public final class RepeatedTexts {
    private final Set<String> seen = new HashSet<>();

    /** The identity of a text: its SHA-256, as the store keeps it. */
    public static String key(String text) {
        return Sha256.hex(text);
    }

    /** True when the text was seen before; remembers it. */
    public boolean repeated(String text) {
        return !seen.add(key(text));
    }
}
