package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** Civilians are no side of a battle: a town taken was not taken from its people. */
class UnarmedSideTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, "2018-03-19", "UTF-8")).events();
    }

    @Test
    void theCiviliansKilledInACampaignDidNotLoseTheTown() {
        // ant-sk-middleeast-402-20180319 (feed outside gold)
        String text = "ونجحت القوات التي تقودها تركيا في السيطرة على مركز مدينة عفرين الأحد، في إطار عملية بدأت منذ "
                + "نحو شهرين ضد وحدات حماية الشعب الكردية، أسفرت عن سقوط قتلى من المدنيين من جراء القصف التركي.";
        for (Event e : events(text)) {
            if ("Battles".equals(e.acledType())) {
                assertEquals("TUR", e.actor1());
                assertNotEquals("CIVILIANS", e.actor2(), e.toString());
                return;
            }
        }
        throw new AssertionError("no capture of Afrin: " + events(text));
    }
}
