package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/** The town told in a later sentence that names the attack again, on hand-built sentences. */
class FollowingPlaceTest {
    /** An air strike placed only to the region of Eastern Ghouta (precision 2), coded from sentence 0. */
    private static List<Event> strike() {
        Evidence ev = new Evidence("قتل ستة مدنيين في غارة جوية على الغوطة الشرقية مساء أمس.", 0, 56, List.of());
        List<Event> out = new ArrayList<>();
        out.add(new Event("e1", "d", 0, "Explosions/Remote violence", "Air/drone strike", "19", 4, null, null,
                List.of(), List.of(), "الغوطه الشرقيه", "r1", "SY-RD", null, 33.5, 36.4, 2, "2018-03-19", 1, 6, "ستة",
                null, null, null, List.of(), ev, 0.5, List.of(), List.of(), List.of(), List.of()));
        return out;
    }

    @Test
    void theTownOfALaterSentenceThatNamesTheStrikeAgain() {
        HandBuilt h = new HandBuilt("وقال المرصد إن الغارة أصابت مبنى في بلدة حمورية مساء أمس.")
                .village("حمورية", "p1", "SY-RD");
        List<Event> out = strike();
        FollowingPlace.refine(out, new ArrayList<>(List.of(0)), h.arguments(), h.triggers, 1);
        assertEquals("حموريه", out.get(0).locationAr());
        assertEquals(1, out.get(0).geoPrecision());
        assertEquals(6, out.get(0).fatalities());
    }

    @Test
    void aTownOfAnotherGovernorateOrAnotherKindOfAttackMovesNothing() {
        HandBuilt other = new HandBuilt("وقال المرصد إن الغارة أصابت مبنى في بلدة كفرنبل مساء أمس.")
                .village("كفرنبل", "p1", "SY-ID");
        List<Event> out = strike();
        FollowingPlace.refine(out, new ArrayList<>(List.of(0)), other.arguments(), other.triggers, 1);
        assertEquals("الغوطه الشرقيه", out.get(0).locationAr());
        HandBuilt clash = new HandBuilt("ودارت الاشتباكات في بلدة حمورية مساء أمس.")
                .village("حمورية", "p1", "SY-RD");
        FollowingPlace.refine(out, new ArrayList<>(List.of(0)), clash.arguments(), clash.triggers, 1);
        assertEquals("الغوطه الشرقيه", out.get(0).locationAr());
    }

    @Test
    void theSamePlaceNamedAgainIsNoFinerPlace() {
        // "محيط الغوطة الشرقية" (precision 2) then a town read with the same name: nothing moves
        HandBuilt h = new HandBuilt("وقال المرصد إن الغارة أصابت مبنى في الغوطة الشرقية مساء أمس.");
        h.places.add(HandBuilt.place(h.span("الغوطة الشرقية"), "الغوطه الشرقيه", "r1", "SY-RD", 1));
        List<Event> out = strike();
        FollowingPlace.refine(out, new ArrayList<>(List.of(0)), h.arguments(), h.triggers, 1);
        assertEquals(2, out.get(0).geoPrecision());
    }
}
