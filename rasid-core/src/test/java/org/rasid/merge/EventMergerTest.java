package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.CasualtyClaim;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;

class EventMergerTest {
    private final EventMerger merger = new EventMerger();

    static Event event(String id, String doc, String outlet, int sentence, String sub, String place, String placeId,
                               int precision, String date, String a1, String a2, Integer killed) {
        List<CasualtyClaim> claims = killed == null ? List.of()
                : List.of(new CasualtyClaim(doc, outlet, "killed", killed, String.valueOf(killed)));
        return new Event(id, doc, 0, "Explosions/Remote violence", sub, "19", 4, a1, a2, List.of(), List.of(), place,
                placeId, "SY-HL", "Jebel Saman", 36.2, 37.1, precision, date, date == null ? null : 1, killed,
                killed == null ? null : String.valueOf(killed), null, null, null, List.of(outlet),
                new Evidence("s", sentence, sentence + 1, List.of(new Evidence.Part("trigger", sentence, sentence + 1, "x"))),
                0.7, List.of(new Source(doc, 0, outlet, date, null)), claims, List.of(), List.of());
    }

    static final String SHELL = "Shelling/artillery/missile attack";

    @Test
    void aReportWithNoTollDoesNotChainTwoDaysOfTolls() {
        // ANT dev ant-sk-middleeast-165: Friday's 15 soldiers, "وثق مقتل الجنود" (no figure), Thursday's 8
        Event friday = event("a", "d1", "SKY", 0, SHELL, "عفرين", "gn:174186", 1, "2018-03-02", null, "TUR", 15);
        Event told = event("b", "d1", "SKY", 1, SHELL, "عفرين", "gn:174186", 1, "2018-03-02", null, "TUR", null);
        Event thursday = event("c", "d1", "SKY", 3, SHELL, "عفرين", "gn:174186", 1, "2018-03-01", null, "TUR", 8);
        List<Event> out = merger.merge(List.of(friday, told, thursday));
        assertEquals(2, out.size());
        assertEquals(15, out.get(0).fatalities());
        assertEquals(8, out.get(1).fatalities());
    }

    @Test
    void sameEventFromTwoOutletsIsOneWithTheLowestTollAndEveryClaim() {
        Event a = event("a", "d1", "SMART", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", "SYR_GOV", null, 5);
        Event b = event("b", "d2", "SANA", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-21", "SYR_GOV", "CIVILIANS", 3);
        List<Event> out = merger.merge(List.of(a, b));
        assertEquals(1, out.size());
        Event m = out.get(0);
        assertEquals(3, m.fatalities(), "ACLED: the lowest reported figure");
        assertEquals(2, m.claims().size());
        assertEquals(2, m.sources().size());
        assertEquals("CIVILIANS", m.actor2());
        assertEquals(List.of("a", "b"), m.mergedFrom());
        assertTrue(m.mergeReasons().contains("same_place:gn:1"), m.mergeReasons().toString());
        assertTrue(m.mergeReasons().contains("dates_within:1d"), m.mergeReasons().toString());
        assertTrue(m.reportedBy().containsAll(List.of("SMART", "SANA")));
    }

    @Test
    void streetsOfOneListStayApartThroughAReportAgreeingWithBoth() {
        // snn-2015-08-09-1045 (dev): "شارعي الثورة وبغداد" in one sentence, "دمشق" told before; no gazetteer ids
        Event city = event("a", "d1", "X", 0, SHELL, "دمشق", null, 2, "2015-08-09", null, "CIVILIANS", null);
        Event thawra = event("b", "d1", "X", 10, SHELL, "شارع الثوره", null, 1, "2015-08-09", null, "CIVILIANS", 11);
        Event baghdad = event("c", "d1", "X", 10, SHELL, "شارع بغداد", null, 1, "2015-08-09", null, "CIVILIANS", null);
        List<Event> out = merger.merge(List.of(city, thawra, baghdad));
        assertEquals(2, out.size());
        assertEquals(List.of("شارع الثوره", "شارع بغداد"), out.stream().map(Event::locationAr).sorted().toList());
    }

    @Test
    void villagesOfOneListStayApart() {
        Event a = event("a", "d1", "X", 10, SHELL, "جزرايا", null, 3, null, "SYR_GOV", null, null);
        Event b = event("b", "d1", "X", 10, SHELL, "زمار", null, 3, null, "SYR_GOV", null, null);
        assertEquals(2, merger.merge(List.of(a, b)).size());
    }

    @Test
    void differentDaysDifferentActorsOrDifferentPlacesStayApart() {
        Event a = event("a", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", "SYR_GOV", null, null);
        assertEquals(2, merger.merge(List.of(a, event("b", "d2", "Y", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-25",
                "SYR_GOV", null, null))).size());
        assertEquals(2, merger.merge(List.of(a, event("b", "d2", "Y", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20",
                "RUS", null, null))).size());
        assertEquals(2, merger.merge(List.of(a, event("b", "d2", "Y", 0, SHELL, "دارة عزة", "gn:2", 1, "2018-08-20",
                "SYR_GOV", null, null))).size());
        assertEquals(2, merger.merge(List.of(a, event("b", "d2", "Y", 0, "Air/drone strike", "الاتارب", "gn:1", 1,
                "2018-08-20", "SYR_GOV", null, null))).size());
    }

    @Test
    void undatedReportsMergeInsideADocumentOnly() {
        Event a = event("a", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, null, "SYR_GOV", null, null);
        Event b = event("b", "d1", "X", 50, SHELL, "الاتارب", "gn:1", 1, null, null, null, null);
        Event c = event("c", "d2", "Y", 0, SHELL, "الاتارب", "gn:1", 1, null, "SYR_GOV", null, null);
        List<Event> out = merger.merge(List.of(a, b, c));
        assertEquals(2, out.size(), out::toString);
        assertTrue(out.get(0).mergeReasons().contains("dates_unknown_same_doc"));
    }

    @Test
    void aRepeatedTollTiesACityToItsNeighbourhoodInOneDocument() {
        // "قتل 18 شخصا في سقوط صاروخ على حي شعبي وسط مدينة حلب" … "سقط الصاروخ على حي المغاير … بمقتل 18 شخصا"
        Event city = event("a", "d1", "X", 0, SHELL, "حلب", "gn:170063", 1, "2015-07-21", "SYR_GOV", "CIVILIANS", 18);
        Event quarter = event("b", "d1", "X", 120, SHELL, "المغاير", "sy:maghayir", 1, "2015-07-21", null,
                "CIVILIANS", 18);
        List<Event> out = merger.merge(List.of(city, quarter));
        assertEquals(1, out.size(), out::toString);
        assertTrue(out.get(0).mergeReasons().contains("same_toll:18"), out.get(0).mergeReasons().toString());
        assertEquals("المغاير", out.get(0).locationAr(), "one incident at two grains: the finer place");
        assertEquals("SYR_GOV", out.get(0).actor1());
        // a small toll recurs across incidents; one sentence's places are a list; other outlets need a place
        assertEquals(2, merger.merge(List.of(
                event("a", "d1", "X", 0, SHELL, "حلب", "gn:1", 1, "2015-07-21", "SYR_GOV", "CIVILIANS", 1),
                event("b", "d1", "X", 120, SHELL, "المغاير", "sy:q", 1, "2015-07-21", null, "CIVILIANS", 1))).size());
        Event sameSentence = event("b", "d1", "X", 0, SHELL, "المغاير", "sy:maghayir", 1, "2015-07-21", null, "CIVILIANS", 18);
        assertEquals(2, merger.merge(List.of(city, sameSentence)).size());
        Event otherOutlet = event("b", "d2", "Y", 120, SHELL, "المغاير", "sy:maghayir", 1, "2015-07-21", null, "CIVILIANS", 18);
        assertEquals(2, merger.merge(List.of(city, otherOutlet)).size());
    }

    @Test
    void aVaguerReportOfTheSameDistrictJoinsAPreciseOne() {
        Event precise = event("a", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", "SYR_GOV", null, 2);
        Event vague = event("b", "d2", "Y", 0, SHELL, "ريف حلب الغربي", null, 2, "2018-08-20", "SYR_GOV", null, 4);
        List<Event> out = merger.merge(List.of(vague, precise));
        assertEquals(1, out.size());
        assertEquals("الاتارب", out.get(0).locationAr(), "the most precise place any report gives");
        assertEquals(2, out.get(0).fatalities());
        assertTrue(out.get(0).mergeReasons().contains("same_admin2:Jebel Saman"), out.get(0).mergeReasons().toString());
    }
}
