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
 */
public record Story(String doc, int index, Span span, String title, String section, String dateline,
                    String outlet, String published, List<Span> paragraphs, List<Span> sentences,
                    int duplicateOf) {
    public Story {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }
}
