package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** An untargeted strike of a foreign campaign hit the one foe the story's other strikes of that striker hit. */
class CampaignTargetTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, "2015-08-01", "UTF-8")).events();
    }

    private static Event at(List<Event> es, String place) {
        for (Event e : es) {
            if (e.locationAr() != null && e.locationAr().startsWith(place)) {
                return e;
            }
        }
        throw new AssertionError("no event at " + place + ": " + es);
    }

    @Test
    void aStrikeListedAfterTheFirstHitTheFoeTheStatementNamed() {
        // snn-2015-08-01-295: the coalition's statement names ISIS for the strikes near Deir ez-Zor, then lists
        // those near Hasakah without it
        String text = "نفذت قوات التحالف الدولي بقيادة الولايات المتحدة وحلفائها أمس 41 ضربة جوية استهدفت مواقع لتنظيم "
                + "\"داعش\" الإرهابي في سورية والعراق. وقالت القيادة المشتركة لقوات التحالف الدولي في بيان: إن 17 ضربة "
                + "جوية نفذت قرب دير الزور، استهدفت مناطق تجمعات وجسورا ونقاط تفتيش ومركزا للتدريب وموقعاً لوجستياً "
                + "لتنظيم \"داعش\" في سورية، كما نفذت سبع ضربات جوية قرب الحسكة واستهدفت وحدات تكتيكية ومواقع قتالية "
                + "وسيارات ومركزا للقيادة.";
        Event hasakah = at(events(text), "الحسك");
        assertEquals("COALITION", hasakah.actor1());
        assertEquals("ISIS", hasakah.actor2());
        var named = hasakah.evidence().part("actor2");
        assertTrue(text.substring(named.start(), named.end()).contains("داعش"), "the words that named the foe");
    }
}
