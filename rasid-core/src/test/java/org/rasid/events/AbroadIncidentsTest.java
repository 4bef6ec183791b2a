package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class AbroadIncidentsTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** An article as the corpora hold it: the headline first, then the body. */
    private static List<Event> events(String title, String body) {
        Document d = new Document("t", "t", title + "\n" + body, title, null, null, "2018-03-21", "UTF-8");
        return PIPELINE.process(d).events().stream().filter(e -> e.acledType() != null).toList();
    }

    @Test
    void anIncidentAbroadInASyrianReportIsNotCoded() {
        List<Event> es = events("غارات على ريف إدلب الجنوبي",
                "قصفت طائرات النظام بلدة خان شيخون بريف إدلب الجنوبي يوم الثلاثاء. "
                + "وفي سياق آخر اعتقلت الشرطة التركية يوم الثلاثاء عشرين شخصا في إسطنبول للاشتباه بصلتهم بتنظيم داعش.");
        assertEquals(List.of("SY-ID"), es.stream().map(Event::admin1).distinct().toList(), es.toString());
    }

    @Test
    void anIncidentInTheCountryTheHeadlineNamesIsCoded() {
        List<Event> es = events("تركيا تعتقل عشرين مشتبها بهم",
                "اعتقلت الشرطة التركية يوم الثلاثاء عشرين شخصا في إسطنبول للاشتباه بصلتهم بتنظيم داعش.");
        assertTrue(es.stream().anyMatch(e -> "TR".equals(e.admin1()) && "Arrests".equals(e.acledSubType())),
                es.toString());
    }

    @Test
    void syrianPlacesAndPlacesOfTheHeadlinesCountryAreCoded() {
        assertTrue(AbroadIncidents.coded("SY-ID", Set.of()));
        assertTrue(AbroadIncidents.coded(null, Set.of()));
        assertTrue(AbroadIncidents.coded("IQ", Set.of("IQ")));
        assertFalse(AbroadIncidents.coded("IQ", Set.of("TR")));
    }
}
