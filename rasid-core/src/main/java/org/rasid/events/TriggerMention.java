package org.rasid.events;

import org.rasid.text.Span;

/**
 * A trigger found in a sentence. Token indexes are into the sentence's tokens, start/end are
 * normalised offsets of the document, span is in the original text.
 *
 * @param prefix  the proclitics the first word carried in the text ("ل" of "لقصف"), or ""
 * @param future  the verb carried the future prefix س ("ستشن")
 */
public record TriggerMention(Trigger trigger, String phrase, int tokenStart, int tokenEnd, int start, int end,
                             Span span, String prefix, boolean future) {
    /** The same words read as another row of the lexicon. */
    TriggerMention withTrigger(Trigger other) {
        return new TriggerMention(other, phrase, tokenStart, tokenEnd, start, end, span, prefix, future);
    }
}
