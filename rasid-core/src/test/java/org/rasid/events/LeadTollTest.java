package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/** The toll of a lead that codes no event, given to the incident placed after it, on hand-built sentences. */
class LeadTollTest {
    /** snn-2015-07-31-1270: the lead, which names no town. */
    private static final String LEAD = "هاجمت جبهة النصرة اليوم الجمعة مقراً للفرقة 30 التي تلقى أعضاؤها تدريبات عسكرية في إطار "
            + "البرنامج الأميركي للمعارضة المعتدلة، تلته اشتباكات في شمال سوريا تسببت بمقتل 11 شخصا، بحسب المرصد السوري.";

    private static Event clash(String id, String place) {
        Evidence ev = new Evidence("تدور اشتباكات بين جبهة النصرة ومقاتلين من فصائل مقاتلة في محيط مدينة اعزاز.", 0, 70,
                List.of());
        return new Event(id, "d", 0, "Battles", "Armed clash", "19", 4, "NUSRA", "OPPOSITION", List.of(), List.of(),
                place, "p-" + place, "SY-HL", null, 36.5, 37.0, 1, "2015-07-31", 1, null, null, null, null, null,
                List.of(), ev, 0.6, List.of(), List.of(), List.of(), List.of());
    }

    private static LeadToll lead(List<Event> out) {
        HandBuilt h = new HandBuilt(LEAD).count("11", "killed", 11, null);
        return LeadToll.read(null, out, h.arguments(), h.triggers, 1);
    }

    @Test
    void theLeadsTollGoesToTheClashPlacedAfterIt() {
        List<Event> out = new ArrayList<>();
        LeadToll lead = lead(out);
        out.add(clash("e1", "اعزاز"));
        LeadToll.give(lead, out, new ArrayList<>(List.of(3)), "d", "o");
        assertEquals(11, out.get(0).fatalities());
    }

    @Test
    void noTollWhenTheStoryTellsOfSeveralPlaces() {
        List<Event> out = new ArrayList<>();
        LeadToll lead = lead(out);
        out.add(clash("e1", "اعزاز"));
        out.add(clash("e2", "درعا"));
        LeadToll.give(lead, out, new ArrayList<>(List.of(3, 4)), "d", "o");
        assertNull(out.get(0).fatalities());
    }

    @Test
    void noTollAfterAViolentEventOrTooFarOn() {
        List<Event> before = new ArrayList<>(List.of(clash("e0", "اعزاز")));
        assertNull(lead(before));
        List<Event> out = new ArrayList<>();
        LeadToll lead = lead(out);
        out.add(clash("e1", "اعزاز"));
        LeadToll.give(lead, out, new ArrayList<>(List.of(4)), "d", "o");
        assertNull(out.get(0).fatalities());
    }

    @Test
    void aLeadToldPastItsHeadlineIsNoLead() {
        HandBuilt h = new HandBuilt(LEAD).count("11", "killed", 11, null);
        assertNull(LeadToll.read(null, new ArrayList<>(), h.arguments(), h.triggers, LeadToll.LEAD + 1));
    }
}
