package org.rasid.segment;

import java.util.List;
import org.rasid.text.Span;

/**
 * One news item inside a document. All spans are original-text offsets of the document.
 *
 * @param section    governorate section header the story sits under ("حلب" for "حلب::"), or null
 * @param dateline   outlet/place dateline found at its head ("سمارت-درعا"), or null
 * @param published  publication date/time found in or for the story (ISO), or null
 * @param duplicateOf index of an earlier story of the same document it repeats, or -1
 * @param kind       {@link #ARTICLE} (the document's one story), {@link #REPORT} (one of the
 *                   items of a page that glues many together) or {@link #TICKER} (a
 *                   breaking-news headline)
 */
public record Story(String doc, int index, Span span, String title, String section, String dateline,
                    String outlet, String published, List<Span> paragraphs, List<Span> sentences,
                    int duplicateOf, String kind) {
    public static final String ARTICLE = "article";
    public static final String REPORT = "report";
    public static final String TICKER = "ticker";

    public Story {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        if (kind == null) {
            kind = ARTICLE;
        }
    }

    /** An article story (the constructor of the first contract, kept for callers). */
    public Story(String doc, int index, Span span, String title, String section, String dateline,
                 String outlet, String published, List<Span> paragraphs, List<Span> sentences, int duplicateOf) {
        this(doc, index, span, title, section, dateline, outlet, published, paragraphs, sentences, duplicateOf,
                ARTICLE);
    }

    /** The same story marked as repeating story {@code of} of its document. */
    public Story withDuplicateOf(int of) {
        return new Story(doc, index, span, title, section, dateline, outlet, published, paragraphs, sentences, of,
                kind);
    }
}
