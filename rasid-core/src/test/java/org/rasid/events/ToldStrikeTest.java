package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** Definite attack nouns that refer back to the strikes a story named before, on hand-written sentences. */
class ToldStrikeTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> violent(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() != null).toList();
    }

    private static List<String> coded(String text) {
        return violent(text).stream().map(e -> e.acledSubType() + " " + e.actor1() + " " + e.locationAr()).toList();
    }

    @Test
    void theStrikesTakeTheStrikerOfTheSentenceBefore() {
        String lead = "شنت الطائرات الروسية 15 غارة جوية على مواقع الفصائل في سوريا يوم الخميس.";
        List<Event> events = violent(lead + " وقال المرصد إن الضربات أصابت مقرات قرب بلدة كفرنبل.");
        assertEquals(List.of("Air/drone strike RUS كفرنبل"),
                events.stream().map(e -> e.acledSubType() + " " + e.actor1() + " " + e.locationAr()).toList());
        // the striker's evidence is its mention in the lead
        int actorAt = events.get(0).evidence().spans().stream().filter(p -> p.role().equals("actor1"))
                .findFirst().orElseThrow().start();
        assertTrue(actorAt < lead.length());
    }

    @Test
    void theAttacksNamedAgainAreTheStrikesOfTheLead() {
        // "الهجمات" alone would be a clash with no side: here it only names the air strikes again
        assertEquals(List.of("Air/drone strike RUS كفرنبل"), coded("شنت الطائرات الروسية 15 غارة جوية "
                + "على مواقع الفصائل في سوريا يوم الخميس. وتركزت الهجمات قرب بلدة كفرنبل."));
    }

    @Test
    void strikesToldWithTwoStrikersGiveTheNounNone() {
        // which of the two struck Kafranbel the story does not say
        assertEquals(List.of(), coded("شنت قوات النظام وروسيا 15 غارة جوية على مواقع الفصائل في سوريا يوم الخميس. "
                + "وقال المرصد إن الضربات أصابت مقرات قرب بلدة كفرنبل."));
    }

    @Test
    void noStrikeToldBeforeOrTooFarBackLeavesTheNounUncoded() {
        assertEquals(List.of(), coded("وقال المرصد إن الضربات أصابت مقرات قرب بلدة كفرنبل يوم الخميس."));
        assertEquals(List.of(), coded("شنت الطائرات الروسية 15 غارة جوية على مواقع الفصائل في سوريا يوم الخميس. "
                + "وعقد مجلس الأمن جلسة طارئة. وطالب المندوبون بوقف القتال فورا. ودعا الأمين العام إلى التهدئة. "
                + "وقال المرصد إن الضربات أصابت مقرات قرب بلدة كفرنبل."));
    }
}
