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

    @Test
    void aStrikeToldInTheNextSentenceWithNoStrikerGoesOnWithTheLeadsStriker() {
        // snn-2015-07-22-593 (dev): the lead names the shelling's striker and no town, the next sentence the towns
        String lead = "أمطرت الفصائل المقاتلة المعارضة للنظام السوري أربع بلدات محاصرة في شمال سوريا بالقذائف الصاروخية "
                + "والمدفعية، ردا، بحسب قولها، على تعرض بلدة الزبداني في ريف دمشق لهجوم من قوات النظام وحزب الله اللبناني.";
        List<Event> events = violent(lead + " وأفاد المرصد السوري لحقوق الإنسان أمس عن مقتل سبعة أشخاص في أكثر من 300 "
                + "قذيفة محلية الصنع صاروخية ومدفعية سقطت على بلدتي الفوعة وكفريا في محافظة ادلب في شمال غرب البلاد.");
        List<Event> towns = events.stream().filter(e -> e.evidence().start() > lead.length()).toList();
        assertEquals(List.of("Shelling/artillery/missile attack OPPOSITION", "Shelling/artillery/missile attack OPPOSITION"),
                towns.stream().map(e -> e.acledSubType() + " " + e.actor1()).toList());
        // the striker's evidence is its mention in the lead
        int actorAt = towns.get(0).evidence().spans().stream().filter(p -> p.role().equals("actor1"))
                .findFirst().orElseThrow().start();
        assertTrue(actorAt < lead.length());
    }

    @Test
    void aStrikeWhoseSentenceNamesAnotherSideDoesNotGoOn() {
        // snn-2015-07-31-1689 (dev): shells on a district the government holds are not the rebels' shelling before
        List<String> found = coded("وفي السياق، دارت اشتباكات صباح أمس، بين مقاتلي الفرقة 16 مشاة وقوات النظام، في حي "
                + "الخالدية بمدينة حلب، وسط استهداف تجمعات قوات النظام في الحي، بمدفع جهنم والرشاشات الثقيلة. "
                + "إلى ذلك، قتل مدني وجرح عشرة آخرين، أمس الأربعاء، جراء سقوط قذائف هاون مجهولة المصدر، على حي "
                + "الأشرفية، الخاضع لسيطرة قوات النظام.");
        assertTrue(found.stream().noneMatch(e -> e.endsWith("الأشرفية") && !e.contains(" null ")), found.toString());
    }
}
