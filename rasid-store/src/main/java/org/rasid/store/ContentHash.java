package org.rasid.store;

import org.rasid.merge.RepeatedTexts;

/**
 * The identity of a document's content: SHA-256 of its text. Two files with the same text
 * (a re-crawl, a copy under another name) are one document, so re-ingesting adds nothing.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        return RepeatedTexts.key(text); // the merge's notion of one document, too
    }
}
