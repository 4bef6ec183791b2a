package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.events.StoryEvents.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** An untargeted strike of a foreign campaign hit the one foe the story's other strikes of that striker hit. */
class CampaignTargetTest {
    private static List<Event> events(String text) {
        return StoryEvents.coded(text, "2015-08-01");
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
