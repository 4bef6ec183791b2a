package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.pipeline.Pipeline;

/** A violent report's unnamed side is the one another telling of its incident names for the same role. */
class IncidentSidesTest {
    private static final String EXPLOSIONS = "Explosions/Remote violence";
    private static final String SHELLING = "Shelling/artillery/missile attack";
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** A report told in a sentence starting at {@code at}, its sides named at the given offsets when not null. */
    private static Event report(int at, String place, int precision, String date, String a1, String a2) {
        List<Evidence.Part> parts = new ArrayList<>();
        parts.add(new Evidence.Part("trigger", at + 2, at + 6, "قصف"));
        if (a1 != null) {
            parts.add(new Evidence.Part("actor1", at + 8, at + 18, "قوات النظام"));
        }
        if (a2 != null) {
            parts.add(new Evidence.Part("actor2", at + 20, at + 30, "مقاتلي المعارضة"));
        }
        Evidence ev = new Evidence("جملة", at, at + 60, List.copyOf(parts));
        return new Event("e" + at, "d", 0, EXPLOSIONS, SHELLING, "195", 4, a1, a2, List.of(), List.of(), place,
                null, "SY-RD", null, null, null, precision, date, date == null ? null : 1, null, null, null, null,
                null, List.of(), ev, 0, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aShellingToldAfterTheRaidsOfTheSameTownAndDayTakesTheirAttacker() {
        String lead = "شنت طائرات النظام السوري غارات جوية على مدينة دوما في ريف دمشق صباح الثلاثاء.";
        String text = lead + "\nوقتل خمسة مدنيين في قصف مدفعي استهدف الأحياء السكنية في مدينة دوما الثلاثاء.";
        List<Event> es = PIPELINE.process(new Document("t", "t", text, null, null, null, "2019-06-12", "UTF-8"))
                .events();
        Event shelling = es.stream().filter(e -> SHELLING.equals(e.acledSubType())).findFirst().orElseThrow();
        assertEquals("SYR_GOV", shelling.actor1());
        Evidence.Part named = shelling.evidence().part("actor1");
        assertEquals("طائرات النظام", text.substring(named.start(), named.end())); // the lead's words
    }

    @Test
    void theDetailTakesTheAttackerTheLeadNames() {
        // "قصفت قوات النظام مدينة دوما" … "وسقطت قذائف على الأحياء السكنية في دوما"
        Event lead = report(0, "دوما", 1, "2019-06-11", "SYR_GOV", null);
        Event detail = report(100, "دوما", 1, "2019-06-11", null, "CIVILIANS");
        Event filled = IncidentSides.fill(List.of(lead, detail)).get(1);
        assertEquals("SYR_GOV", filled.actor1());
        assertEquals(8, filled.evidence().part("actor1").start()); // the lead's words
        assertEquals("CIVILIANS", filled.actor2());
    }

    @Test
    void theLeadTakesTheTargetTheDetailNames() {
        Event lead = report(0, "ريف دمشق", 2, null, "SYR_GOV", null);
        Event detail = report(100, "دوما", 1, "2019-06-11", null, "OPPOSITION");
        assertEquals("OPPOSITION", IncidentSides.fill(List.of(lead, detail)).get(0).actor2());
    }

    @Test
    void aSideIsNeverSwappedIntoTheOtherRole() {
        // the lead's target is not the detail's attacker
        Event lead = report(0, "دوما", 1, "2019-06-11", null, "OPPOSITION");
        Event detail = report(100, "دوما", 1, "2019-06-11", null, null);
        Event filled = IncidentSides.fill(List.of(lead, detail)).get(1);
        assertNull(filled.actor1());
        assertEquals("OPPOSITION", filled.actor2());
    }

    @Test
    void twoPlacesOfOneRegionShelledByDifferentForcesLeaveTheRegionUnnamed() {
        Event first = report(0, "دوما", 1, "2019-06-11", "SYR_GOV", null);
        Event second = report(100, "حرستا", 1, "2019-06-11", "RUS", null);
        Event region = report(200, "ريف دمشق", 2, "2019-06-11", null, null);
        List<Event> out = IncidentSides.fill(List.of(first, second, region));
        assertNull(out.get(2).actor1());
        assertNull(out.get(1).actor2());
    }

    @Test
    void anotherVillageOrAnotherDayIsAnotherIncident() {
        Event lead = report(0, "دوما", 1, "2019-06-11", "SYR_GOV", null);
        Event village = report(100, "حرستا", 1, "2019-06-11", null, null);
        Event before = report(200, "دوما", 1, "2019-06-05", null, null);
        List<Event> out = IncidentSides.fill(List.of(lead, village, before));
        assertNull(out.get(1).actor1());
        assertNull(out.get(2).actor1());
    }

    @Test
    void aFilledSideIsNeverReplaced() {
        Event lead = report(0, "دوما", 1, "2019-06-11", "SYR_GOV", null);
        Event detail = report(100, "دوما", 1, "2019-06-11", "RUS", null);
        assertEquals("RUS", IncidentSides.fill(List.of(lead, detail)).get(1).actor1());
    }
}
