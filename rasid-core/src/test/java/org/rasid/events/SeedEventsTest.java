package org.rasid.events;

import org.rasid.model.Event;
import org.rasid.model.Evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.testing.Seeds;

/** The events of the five seed articles: evidence, schema, and what a coder reads in them. */
class SeedEventsTest {
    private static final Map<String, DocumentResult> RESULTS = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        Pipeline pipeline = Pipeline.withDefaults();
        for (Path f : Seeds.files()) {
            String id = f.getFileName().toString().replace(".txt", "");
            RESULTS.put(id.substring(0, 3), pipeline.process(Document.ofText(id, Files.readString(f))));
        }
    }

    private static List<Event> events(String seed) {
        return RESULTS.get(seed).events();
    }

    @Test
    void everyEventHasEvidenceWhoseOffsetsGiveItsText() {
        int n = 0;
        for (DocumentResult r : RESULTS.values()) {
            String text = r.document().text();
            for (Event e : r.events()) {
                Evidence ev = e.evidence();
                assertNotNull(ev, e.id());
                assertEquals(ev.sentence(), text.substring(ev.start(), ev.end()), e.id());
                assertTrue(ev.spans().stream().anyMatch(p -> p.role().equals("trigger")), e.id());
                for (Evidence.Part p : ev.spans()) {
                    assertTrue(0 <= p.start() && p.start() < p.end() && p.end() <= text.length(), p.toString());
                    assertEquals(p.text(), text.substring(p.start(), p.end()), e.id() + " " + p.role());
                }
                n++;
            }
        }
        assertTrue(n > 30, "events found in the seeds: " + n);
    }

    @Test
    void everyEventValidatesAgainstTheSchema() {
        EventSchema schema = EventSchema.load();
        for (DocumentResult r : RESULTS.values()) {
            Set<String> ids = new HashSet<>();
            for (Event e : r.events()) {
                assertEquals(List.of(), schema.validate(e), e.toString());
                assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            }
        }
    }

    @Test
    void theSchemaRejectsABrokenRecord() {
        Event e = events("004").get(0);
        Event broken = new Event(e.id(), e.doc(), e.story(), "Battles", "Shelling", "99", 7, e.actor1(), e.actor2(),
                e.assocActor1(), e.assocActor2(), e.locationAr(), e.placeId(), "Idlib", e.admin2(), e.latitude(),
                e.longitude(), 4, "7 April", e.timePrecision(), -1, null, null, null, null, e.reportedBy(), e.evidence(),
                e.confidence(), e.sources(), e.claims(), e.mergedFrom(), e.mergeReasons());
        List<String> errors = EventSchema.load().validate(broken);
        for (String field : List.of("acled_sub_type", "cameo", "quad_class", "admin1", "geo_precision", "event_date",
                "fatalities")) {
            assertTrue(errors.stream().anyMatch(x -> x.startsWith("$." + field)), field + " not caught: " + errors);
        }
    }

    private static List<Event> find(String seed, String subType, String place) {
        return events(seed).stream()
                .filter(e -> subType.equals(e.acledSubType() != null ? e.acledSubType() : e.cameo()))
                .filter(e -> place == null || place.equals(e.locationAr())).toList();
    }

    @Test
    void digestRepeatedInSeed004GivesEachEventOnce() {
        for (String village : List.of("جزرايا", "زمار", "العثمانيه", "تل طوقان", "الزياره")) {
            List<Event> es = find("004", "Shelling/artillery/missile attack", village);
            assertEquals(1, es.size(), village + ": " + es);
            assertEquals("SYR_GOV", es.get(0).actor1());
        }
        List<Event> ambush = events("004").stream()
                .filter(e -> "Armed clash".equals(e.acledSubType()) && "SY-HL".equals(e.admin1())).toList();
        assertEquals(1, ambush.size(), ambush::toString);
        assertEquals(5, ambush.get(0).fatalities());
        assertFalse(ambush.get(0).mergedFrom().isEmpty(), "the ambush is told three times");
        assertFalse(ambush.get(0).mergeReasons().isEmpty());
    }

    @Test
    void backgroundChemicalAttackOnDumaIsOneEventWithItsToll() {
        List<Event> es = find("004", "Chemical weapon", "دوما");
        assertEquals(1, es.size(), es::toString);
        Event e = es.get(0);
        assertEquals("SYR_GOV", e.actor1());
        assertEquals("CIVILIANS", e.actor2());
        assertEquals(80, e.fatalities());
        assertTrue(e.claims().stream().allMatch(c -> c.count() >= 80), e.claims()::toString);
    }

    @Test
    void remnantsOfShellingAreAnIedAndNoShelling() {
        assertEquals(List.of(), find("004", "Shelling/artillery/missile attack", "الزربه"));
        List<Event> uxo = find("004", "Remote explosive/landmine/IED", "الزربه");
        assertEquals(1, uxo.size());
        assertEquals(2, uxo.get(0).fatalities());
    }

    @Test
    void tickerItemsOfSeed003() {
        Event ied = find("003", "Remote explosive/landmine/IED", null).get(0);
        assertEquals(1, ied.fatalities());
        assertEquals(7, ied.injured());
        assertEquals("CIVILIANS", ied.actor2());
        Event attack = find("003", "Attack", null).get(0);
        assertEquals("UNKNOWN", attack.actor1());
        assertEquals(2, attack.fatalities());
        List<Event> meeting = find("003", "04", "بصري الشام");
        assertEquals(1, meeting.size(), meeting::toString);
        assertEquals("2018-06-30", meeting.get(0).eventDate(), "the Saturday before Monday 2 July 2018");
        assertEquals("RUS", meeting.get(0).actor1());
    }

    @Test
    void plannedEntryAndThreatsInSeed002() {
        assertEquals(List.of(), find("002", "Non-violent transfer of territory", null), "تستعد لدخول is planned");
        List<Event> threat = find("002", "13", "دوما");
        assertEquals(1, threat.size(), threat::toString);
        assertEquals("RUS", threat.get(0).actor1());
        assertEquals("JAI", threat.get(0).actor2());
    }
}
