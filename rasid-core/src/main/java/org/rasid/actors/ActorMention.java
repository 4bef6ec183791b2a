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
 * @param speaker for a named leader, official or spokesman, who speaks: the last word of the person's name, also
 *                for an office the story names its holder right after ("وزير الخارجية الروسي، سيرغي لافروف"); null
 *                for a state, a body, or an office whose holder is not named so. Two named officials of one state
 *                ("ترامب", "ماتيس") make statements of their own.
 */
public record ActorMention(Span span, String actorId, String surface, boolean outlet, String unitId, String speaker) {
    public ActorMention(Span span, String actorId, String surface, boolean outlet, String unitId) {
        this(span, actorId, surface, outlet, unitId, null);
    }

    public ActorMention(Span span, String actorId, String surface, boolean outlet) {
        this(span, actorId, surface, outlet, actorId);
    }
}
