package org.rasid.dedup;

import org.rasid.text.Span;

/**
 * A paragraph or story that repeats an earlier one, exactly or nearly.
 *
 * @param kind       {@link #PARAGRAPH} or {@link #STORY}
 * @param story      index of the story holding the repeat
 * @param ofDoc      document of the earlier text (the same doc or an earlier one of the run)
 * @param ofStory    story index of the earlier text
 * @param similarity Jaccard similarity of the word 3-shingle sets (1 for exact repeats)
 * @param containment share of the smaller text's shingles found in the other one
 * @param exact      true when the normalised texts are identical
 */
public record Duplicate(String kind, String doc, int story, Span span, String ofDoc, int ofStory, Span ofSpan,
                        double similarity, double containment, boolean exact) {
    public static final String PARAGRAPH = "paragraph";
    public static final String STORY = "story";
}
