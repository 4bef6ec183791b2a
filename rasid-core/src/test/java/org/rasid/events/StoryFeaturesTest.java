package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.Span;

class StoryFeaturesTest {
    /** Five sentences in three paragraphs; the last sentence gives no event. */
    private static final List<Span> SENTENCES = List.of(new Span(0, 50), new Span(51, 90), new Span(92, 140),
            new Span(142, 190), new Span(191, 230));
    private static final List<Span> PARAGRAPHS = List.of(new Span(0, 90), new Span(92, 140), new Span(142, 230));

    private static Event event(String sentence, String sub, String cameo, String place, String admin1) {
        Evidence evidence = new Evidence(sentence, 0, sentence.length(), List.of());
        return new Event(sentence + place, "d", 0, sub == null ? null : "Explosions/Remote violence", sub, cameo, 4,
                null, null, List.of(), List.of(), place, null, admin1, null, null, null, 1, "2018-03-01", 1, null,
                null, null, null, null, List.of(), evidence, 0.5, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aBattleReportIsCrowdedAndRetellsItsIncident() {
        String lead = "قصفت طائرات حربية بلدتي كفرنبل ومعرة النعمان بريف إدلب صباح اليوم.";
        String next = "وقصفت المدفعية بلدة حاس المجاورة.";
        String retold = "وقال ناشطون إن الغارات على كفرنبل أوقعت قتلى.";
        String talks = "وفي دمشق بحث الوزير مع نظيره الروسي الأوضاع.";
        List<Event> events = List.of(
                event(lead, "Air/drone strike", "195", "كفرنبل", "SY-ID"),
                event(lead, "Air/drone strike", "195", "معرة النعمان", "SY-ID"),
                event(next, "Shelling/artillery/missile attack", "195", "حاس", "SY-ID"),
                event(retold, "Air/drone strike", "195", "كفرنبل", "SY-ID"),
                event(talks, null, "040", "دمشق", "SY-DI"));
        List<Map<String, Double>> f = StoryFeatures.of(events, List.of(0, 0, 1, 2, 3), SENTENCES, PARAGRAPHS);
        assertEquals(1 / 3.0, f.get(0).get("sentence_events"), 1e-9, "two places of one list");
        assertEquals(0.0, f.get(2).get("sentence_events"), 1e-9);
        assertEquals(0.5, f.get(2).get("paragraph_events"), 1e-9, "three events in the first paragraph");
        assertEquals(0.0, f.get(3).get("paragraph_events"), 1e-9);
        assertEquals(4 / 9.0, f.get(4).get("story_events"), 1e-9);
        assertEquals(0.8, f.get(4).get("story_event_share"), 1e-9, "four sentences of five gave events");
        assertEquals(1.0, f.get(0).get("main_place"), "كفرنبل is told twice");
        assertTrue(!f.get(2).containsKey("main_place"));
        assertEquals(1.0, f.get(0).get("incident_retold"), "the strikes are told again in the third sentence");
        assertEquals(1.0, f.get(3).get("incident_retold"));
        assertTrue(!f.get(2).containsKey("incident_retold"), "the only shelling");
        assertTrue(!f.get(4).containsKey("incident_retold"), "the only meeting");
    }

    @Test
    void aLoneActInAnAnalysisStandsAlone() {
        String passing = "وكانت الطائرات قد قصفت مدينة دوما قبل أن يتوصل الطرفان إلى اتفاق.";
        List<Map<String, Double>> f = StoryFeatures.of(
                List.of(event(passing, "Air/drone strike", "195", "دوما", "SY-RD")), List.of(2), SENTENCES,
                PARAGRAPHS);
        assertEquals(0.0, f.get(0).get("story_events"), 1e-9);
        assertEquals(0.2, f.get(0).get("story_event_share"), 1e-9);
        assertTrue(!f.get(0).containsKey("incident_retold"));
    }
}
