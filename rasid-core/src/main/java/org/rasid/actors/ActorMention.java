package org.rasid.actors;

import org.rasid.text.Span;

/**
 * An actor named in the text.
 *
 * @param span    original-text offsets of the words that name it
 * @param actorId top-level actor id (a unit such as الفرقة الرابعة reports its parent, SYR_GOV)
 * @param surface the words as written in the original text
 * @param outlet  true when a media source is cited (reported_by role), not a participant
 * @param unitId  the registry row that matched (RUS_MP, SYR_4TH_DIV…); equals actorId for top-level rows
 */
public record ActorMention(Span span, String actorId, String surface, boolean outlet, String unitId) {
    public ActorMention(Span span, String actorId, String surface, boolean outlet) {
        this(span, actorId, surface, outlet, actorId);
    }
}
