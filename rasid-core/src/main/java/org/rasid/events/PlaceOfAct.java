package org.rasid.events;

import java.util.Set;
import java.util.function.Predicate;
import org.rasid.lexicon.Particles;

/**
 * "نفذت القوات 17 ضربة جوية في العراق", "دعت واشنطن إلى اجتماع عاجل في الأردن": a land or a city named
 * right after the locative في (particles.tsv {@code locative_preposition}) tells where the act took place;
 * it is no other side of the act, only its setting.
 */
final class PlaceOfAct {
    private static final Set<String> IN = Particles.words("locative_preposition");

    private PlaceOfAct() {
    }

    /** Whether the actor is a place named after في; {@code place} tells a land or a city by its words. */
    static boolean names(Sentence s, RoledActor a, Predicate<String> place) {
        return a.token() >= 1 && IN.contains(s.word(a.token() - 1)) && place.test(a.m().surface());
    }
}
