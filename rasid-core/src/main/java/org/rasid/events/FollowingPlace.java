package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * A finer place told in a sentence of its own after the report: "قتل 15 طفلا في غارة جوية استهدفت
 * مدرسة في الغوطة الشرقية … وأورد المرصد إن الغارة استهدفت بلدة عربين". The later sentence names the
 * attack again with a definite noun of the same sub-type and codes no event itself; the town it
 * names in the area of the latest violent event told at most {@link FollowingToll#REACH} sentences
 * before, placed only to a region or governorate, is where that event was (the guidelines code an
 * incident at its most precise place).
 */
final class FollowingPlace {
    private FollowingPlace() {
    }

    /**
     * Gives the town of a sentence that coded no event to the event it re-mentions, in place.
     *
     * @param out        the story's events so far
     * @param sentenceOf the index of the sentence of each event of {@code out}
     * @param index      the index of this sentence
     */
    static void refine(List<Event> out, List<Integer> sentenceOf, SentenceArguments a, List<TriggerMention> found,
                       int index) {
        int i = FollowingToll.latestViolent(out, sentenceOf, index);
        if (i < 0) {
            return;
        }
        Event e = out.get(i);
        if (e.geoPrecision() != null && e.geoPrecision() > 1 && e.admin1() != null
                && FollowingToll.rementions(a.sentence(), found, e.acledSubType())) {
            Arguments.Place town = town(a, e.admin1());
            // "محيط مطار التيفور" then "مطار التيفور", "ضواحي دمشق" then "دمشق": the same place named
            // again, not a finer one
            if (town != null && !town.locationAr().equals(e.locationAr())) {
                out.set(i, placed(e, a.sentence(), town));
            }
        }
    }

    /** The one town of the event's governorate the sentence names, else null (two towns: which?). */
    private static Arguments.Place town(SentenceArguments a, String admin1) {
        Arguments.Place only = null;
        for (Arguments.Place p : a.places()) {
            if (p.geoPrecision() != 1 || !admin1.equals(p.admin1())) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = p;
        }
        return only;
    }

    private static Event placed(Event e, Sentence s, Arguments.Place p) {
        List<Evidence.Part> parts = new ArrayList<>();
        for (Evidence.Part part : e.evidence().spans()) {
            if (!part.role().equals("location")) {
                parts.add(part);
            }
        }
        parts.add(s.part("location", p.span()));
        Evidence evidence = new Evidence(e.evidence().sentence(), e.evidence().start(), e.evidence().end(),
                List.copyOf(parts));
        return e.withPlace(p.locationAr(), p.placeId(), p.admin1(), p.admin2(), p.latitude(), p.longitude(),
                p.geoPrecision(), evidence);
    }
}
