package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** The government's air forces do not bomb their allies: a joint strike has the ally beside its striker. */
class AlliedStrikeTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, "2018-02-26", "UTF-8")).events();
    }

    @Test
    void aSyrianAndRussianStrikeDidNotHitRussia() {
        // ant-sk-middleeast-102-20180226 (feed outside gold)
        String text = "أفادت مصادر طبية في غوطة دمشق لسكاي نيوز عربية بارتفاع حصيلة القتلى إلى 28 مدنياً، معظمهم من "
                + "الأطفال، إضافة إلى أكثر من 200 مصاب، بينهم 21 مدنياً في دوما، إثر غارات جوية سورية روسية وقصف "
                + "صاروخي مكثف على الأحياء السكنية على مدينة دوما ومدن وبلدات الغوطة الشرقية المحاصرة.";
        for (Event e : events(text)) {
            if ("Explosions/Remote violence".equals(e.acledType())) {
                assertEquals("SYR_GOV", e.actor1());
                assertTrue(!"RUS".equals(e.actor2()), e.toString());
                assertTrue(e.assocActor1().contains("RUS"), "Russia struck beside the government");
                return;
            }
        }
        throw new AssertionError("no strike on Douma: " + events(text));
    }
}
