package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/**
 * What a strike hit, told as the object of its verb before the means that give the class ("استهدفت … تمركزات
 * لقوات النظام بقذائف الهاون"), or as a site named by its kind (event_cues.tsv military_site, civilian_site).
 * Sentences from the ANT-2018 and SaudiNewsNet-2015 corpora.
 */
class StrikeObjectTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static Event only(String text) {
        List<Event> es = PIPELINE.process(Document.ofText("t", text)).events();
        assertEquals(1, es.size(), () -> "one event expected in: " + text + "\n got " + es);
        return es.get(0);
    }

    @Test
    void theOwnerOfPositionsHitBeforeTheShellsWasHit() {
        Event e = only("كذلك استهدفت الفصائل المعارضة تمركزات لقوات النظام بقذائف الهاون في محيط قرية الغاصبية "
                + "بريف حمص الشمالي.");
        assertEquals("OPPOSITION", e.actor1());
        assertEquals("SYR_GOV", e.actor2());
    }

    @Test
    void theSideAnAttackWasAgainstBeforeItsMissilesWasHit() {
        Event e = only("وكانت الولايات المتحدة شنت هجوما عسكريا ضد نظام الأسد بإطلاق 59 صاروخا من طراز توماهوك على "
                + "قاعدة الشعيرات الجوية السورية.");
        assertEquals("USA", e.actor1());
        assertEquals("SYR_GOV", e.actor2());
    }

    @Test
    void theForcesAnAttackIsOfBeforeItsGasAttacked() {
        Event e = only("أفادت مصادر طبية بتوثيق ما لا يقل عن 20 حالة اختناق جراء هجوم لقوات النظام السوري بغاز الكلور "
                + "السام على بلدة حمورية في الغوطة الشرقية.");
        assertNotEquals("SYR_GOV", e.actor2());
    }

    @Test
    void militaryHeadquartersStruckAreTheGovernments() {
        Event e = only("واستهدفت غارات جوية مواقع ومقار عسكرية عدة، في دمشق وحمص.");
        assertEquals("SYR_GOV", e.actor2());
    }

    @Test
    void targetsNamedSyrianAreTheGovernments() {
        Event e = only("من جهتها، أعلنت قيادة الجيش السوري أنه تم إطلاق حوالي 110 صواريخ باتجاه أهداف سورية في دمشق "
                + "وخارجها.");
        assertEquals("SYR_GOV", e.actor2());
    }

    @Test
    void militaryTargetsNamedForAnotherStateAreNotTheGovernments() {
        Event e = only("استهدف الجيش الإسرائيلي مواقع عدة في الداخل السوري بعشرات الصواريخ بعد قصف تعرضت له أهداف "
                + "عسكرية إسرائيلية في الجولان المحتل من الداخل السوري.");
        assertEquals("ISR", e.actor1());
        assertNotEquals("SYR_GOV", e.actor2());
    }

    @Test
    void aLongSubjectAfterTheVerbLeavesTheSiteStruckInReach() {
        Event e = only("كما استهدفت الفرقة الأولى الساحلية التابعة للجيش السوري الحر مراكز عسكرية في مدينة اللاذقية "
                + "بصواريخ من طراز جراد.");
        assertEquals("FSA", e.actor1());
        assertEquals("SYR_GOV", e.actor2());
    }

    @Test
    void aSubjectWithARelativeClauseLeavesTheSiteStruckInReach() {
        Event e = only("استهدف التحالف الدولي الذي تقوده الولايات المتحدة فجر الخميس مواقع عسكرية حكومية في محافظة دير "
                + "الزور، بشرق سوريا، حسبما نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري.");
        assertEquals("COALITION", e.actor1());
        assertEquals("SYR_GOV", e.actor2());
    }

    @Test
    void aPopularMarketStruckHitCivilians() {
        Event e = only("ونقل التلفزيون عن مصدر في قيادة شرطة ريف دمشق أن قذيفة صاروخية أطلقتها التنظيمات الإرهابية على "
                + "سوق شعبية في حي كشكول على أطراف ضاحية جرمانا جنوب شرقي دمشق.");
        assertEquals("CIVILIANS", e.actor2());
    }
}
