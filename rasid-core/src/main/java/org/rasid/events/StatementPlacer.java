package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.text.Span;

/**
 * Places a verbal event (statement, appeal, warning, meeting): the place its sentence ties the act
 * to, else none. A statement is not made at the story's place: "قال لافروف" in a story datelined
 * دمشق or about دوما has no place (location and admin1 null), unlike an air strike that takes the
 * story's place. A capital that names a government ("اتهمت دمشق إسرائيل", "توعدت موسكو") is the
 * speaker or the one addressed, not a place.
 */
final class StatementPlacer {
    /** The place of a verbal event the text ties to no place. */
    static final Arguments.Place NOWHERE = new Arguments.Place(null, null, null, null, null, null, null, 0, 1.0);

    private final EventPlacer placer;

    StatementPlacer(EventPlacer placer) {
        this.placer = placer;
    }

    /**
     * One place from the sentence, or {@link #NOWHERE}; null when the act has neither a place nor
     * a speaker named in its sentence (a default actor): the guidelines code a verbal event only
     * when its speaker or parties are named.
     */
    Placement place(Sentence s, Candidate c, List<Arguments.Place> places, StoryContext story, ActorAssignment who) {
        List<Arguments.Place> own = notActors(places, who);
        if (!own.isEmpty()) {
            Placement p = placer.place(s, c, own, story, true, false);
            if (p != null && p.inSentence() && !p.places().isEmpty()) {
                return new Placement(List.of(p.places().get(0)), true);
            }
        }
        return who.a1() != null ? new Placement(List.of(NOWHERE), false) : null;
    }

    /** The places that are not the words of actor1 or actor2 (a capital standing for its state). */
    static List<Arguments.Place> notActors(List<Arguments.Place> places, ActorAssignment who) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            if (!within(p.span(), who.a1()) && !within(p.span(), who.a2())) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean within(Span place, RoledActor actor) {
        if (actor == null || place == null) {
            return false;
        }
        Span a = actor.m().span();
        return place.start() < a.end() && a.start() < place.end();
    }
}
