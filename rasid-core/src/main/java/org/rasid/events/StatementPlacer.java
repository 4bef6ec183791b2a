package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.text.Span;

/**
 * Places a verbal event (statement, appeal, warning, meeting): the place its sentence ties the act
 * to, else none. A statement is not made at the story's place: "قال لافروف" in a story datelined
 * دمشق or about دوما has no place (location and admin1 null), unlike an air strike that takes the
 * story's place, unless a digest files the item under a governorate ("إدلب::"). A capital that
 * names a government ("اتهمت دمشق إسرائيل", "توعدت موسكو") is the speaker or the one addressed,
 * not a place.
 */
final class StatementPlacer {
    /** The place of a verbal event the text ties to no place. */
    static final Arguments.Place NOWHERE = new Arguments.Place(null, null, null, null, null, null, null, 0, 1.0);

    private final EventPlacer placer;
    private final TriggerLexicon lexicon;

    StatementPlacer(EventPlacer placer, TriggerLexicon lexicon) {
        this.placer = placer;
        this.lexicon = lexicon;
    }

    /**
     * One place from the sentence, or {@link #NOWHERE}; null when the act has neither a place nor
     * a speaker named in its sentence (a default actor): the guidelines code a verbal event only
     * when its speaker or parties are named. A present-tense act with no place and no time
     * ("وتتهم المعارضة النظام باستخدام البراميل") is a stance held, not a statement made.
     */
    Placement place(Sentence s, Candidate c, List<Arguments.Place> places, StoryContext story, ActorAssignment who,
                    boolean dated) {
        List<Arguments.Place> own = notActors(places, who);
        if (!own.isEmpty()) {
            Placement p = placer.place(s, c, own, story, true, false);
            if (p != null && p.inSentence() && !p.places().isEmpty()) {
                return new Placement(List.of(p.places().get(0)), true);
            }
        }
        // a plain "قال X إن" is news only with its day ("قال X، الثلاثاء، إن"); undated it is a quote
        // that colours the story ("وقال الوزير في المؤتمر الصحافي إن")
        boolean made = who.a1() != null && (dated || !imperfect(c.t()) && !SpeechStatement.isSpeech(c.t()));
        if (!made) {
            return null;
        }
        // a digest files each item under the governorate it is about ("إدلب::")
        boolean filed = story.story().section() != null && story.storyPlace() != null;
        return new Placement(List.of(filed ? story.storyPlace() : NOWHERE), false);
    }

    /** "يتهم", and "تتهم" when the lexicon row also has "يتهم": an imperfect verb. */
    private boolean imperfect(TriggerMention t) {
        String p = t.phrase();
        if (p.isEmpty() || p.indexOf(' ') >= 0) {
            return false;
        }
        return p.charAt(0) == 'ي'
                || p.charAt(0) == 'ت' && lexicon.singleWord('ي' + p.substring(1)).contains(t.trigger());
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
