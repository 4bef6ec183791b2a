package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class TriggerMatcherTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(Event::cameo).toList();
    }

    private static List<String> violent(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() != null).map(Event::acledSubType).toList();
    }

    @Test
    void onlyConjunctionsStandBeforeAVerb() {
        assertTrue(TriggerMatcher.conjunctionOnly(""));
        assertTrue(TriggerMatcher.conjunctionOnly("و"));
        assertTrue(TriggerMatcher.conjunctionOnly("ف"));
        assertFalse(TriggerMatcher.conjunctionOnly("ب"));
        assertFalse(TriggerMatcher.conjunctionOnly("ال"));
        assertFalse(TriggerMatcher.conjunctionOnly("وب"));
    }

    @Test
    void theFuturePrefixStandsBeforeAnImperfectVerb() {
        assertEquals(1, TriggerMatcher.futurePrefix("ستشن"));
        assertEquals(2, TriggerMatcher.futurePrefix("وسيقصف"));
        assertEquals(2, TriggerMatcher.futurePrefix("فسنرد"));
        assertEquals(-1, TriggerMatcher.futurePrefix("سوريا")); // و is no imperfect's letter
        assertEquals(-1, TriggerMatcher.futurePrefix("سيل")); // too short for a verb after the prefix
        assertEquals(-1, TriggerMatcher.futurePrefix("قصف"));
    }

    @Test
    void bahathaIsNotAnAppeal() {
        // "بحث" (discussed) is not ب + حث (urged)
        // the visit itself is a consultation (04); what matters here is that no appeal is read
        assertEquals(List.of("04"), verbal("زار وزير الخارجية الروسي سيرغي لافروف دمشق يوم الاثنين، "
                + "وبحث مع الرئيس السوري بشار الأسد الأوضاع في إدلب."));
        assertEquals(List.of("02"), verbal("وحث وزير الخارجية الروسي سيرغي لافروف يوم الاثنين "
                + "الولايات المتحدة على وقف دعم الفصائل."));
    }

    @Test
    void cautionIsNotAWarning() {
        assertEquals(List.of(), verbal("وتنظر تركيا يوم الاثنين إلى الوحدات الكردية بكثير من الحذر في شمال سوريا."));
    }

    @Test
    void anAcreIsNotACondemnation() {
        assertEquals(List.of(), verbal("ووقعت إيران مع الحكومة السورية يوم الاثنين عقود انتفاع تشمل 12 ألف فدان "
                + "من الأراضي في حمص."));
    }

    @Test
    void aMinefieldStruckOrMinesClearedAreNoExplosion() {
        // snn-2015-07-22-246: the coalition's strikes hit minefields near Raqqa; no mine went off
        List<String> subs = PIPELINE.process(Document.ofText("t", "وقالت قوة المهام المشتركة في بيان الليلة قبل الماضية: "
                + "\"إن الضربات التي وجهت في سورية أصابت وحدات تكتيكية ومواقع قتالية بالقرب من مدن حلب والحسكة وعين العرب (كوباني) "
                + "وحقول ألغام قريبة من مدينة الرقة\".")).events().stream()
                .filter(e -> e.acledType() != null).map(Event::acledSubType).toList();
        assertFalse(subs.contains("Remote explosive/landmine/IED"), subs.toString());
        // ant-cn-middleeast-1251-20180818 (feed outside gold): clearing mines from the ruins of Raqqa
        List<String> cleared = PIPELINE.process(Document.ofText("t", "الرقة:: حيث تمكنوا من تنظيف وترميم أغلب المواقع وإزالة "
                + "الألغام المزروعة فيها، بما في ذلك بوابة بغداد وحائط رفيقة، ومتحف الرقة الأثري.")).events().stream()
                .filter(e -> e.acledType() != null).map(Event::acledSubType).toList();
        assertEquals(List.of(), cleared);
    }

    @Test
    void missileDefenceIsNoMissileFired() {
        List<String> violent = PIPELINE.process(Document.ofText("t", "حلب:: وأعلنت الحكومة يوم الثلاثاء نشر منظومة "
                + "الدفاع الصاروخي قرب مدينة حلب، وتطوير الدرع الصاروخي في الشمال.")).events().stream()
                .filter(e -> e.acledType() != null).map(Event::acledType).toList();
        assertEquals(List.of(), violent);
    }

    @Test
    void endangeringAStateOfThingsIsNotAThreat() {
        assertEquals(List.of("11"), verbal("وأدان البيت الأبيض يوم الخميس نشر إيران صواريخ في سوريا "
                + "معتبرا أنه يهدد أمن المنطقة."));
    }

    @Test
    void ifNeedCallsIsNoAppeal() {
        // the statement is one (01), the idiom is no appeal (02)
        assertFalse(verbal("وقال ولي العهد السعودي يوم الثلاثاء إن المملكة ستتخذ قرارا بشأن سوريا "
                + "إن دعت الحاجة لذلك.").contains("02"));
    }

    @Test
    void anInterviewIsNotAMeeting() {
        // what she said is a statement (01); the interview is no meeting (04)
        assertEquals(List.of("01"), verbal("وقالت المتحدثة باسم الخارجية الأميركية هيذر نويرت في لقاء خاص مع سكاي "
                + "نيوز عربية يوم الثلاثاء إن الحل في سوريا سياسي."));
    }

    private static List<String> captures(String text) {
        return new HandBuilt(text).triggers.stream().filter(t -> "territory".equals(t.trigger().family()))
                .map(t -> t.span().of(text)).toList();
    }

    @Test
    void anAreaNamedByItsHolderIsNoCapture() {
        // ant-fr-internationalnews-913-20180425 (feed outside gold): the fighters leave for the factions' area
        assertEquals(List.of(), captures("وبدأت السبت عملية الإجلاء من منطقة القلمون الشرقي، استنادا إلى اتفاق يؤمن "
                + "ممرا آمنا لانسحاب آلاف المقاتلين وعائلاتهم من الرحيبة وبلدتي الناصرية وجيرود المجاورتين إلى منطقة "
                + "سيطرة الفصائل المعارضة في الشمال السوري."));
        // ant-sk-middleeast-1158-20180421 (feed outside gold)
        assertEquals(List.of(), captures("قال التلفزيون الرسمي في سوريا إن القوات الحكومية استمرت في قصف آخر جيب خارج "
                + "سيطرة الحكومة قرب دمشق، السبت."));
        assertEquals(List.of("سيطرت"), captures("وسيطرت قوات النظام على بلدة الناصرية في القلمون الشرقي."));
    }

    @Test
    void anAreaSubjectToAHoldersControlIsNoCapture() {
        // ant-sk-middleeast-561-20180326 (dev): the fighters are moved to an area the opposition holds
        assertEquals(List.of(), captures("وتوصلت جماعة فيلق الرحمن لاتفاق يوم الجمعة يسلم بموجبه المقاتلون المنطقة "
                + "للحكومة وينقلون إلى منطقة خاضعة لسيطرة المعارضة في شمال غرب سوريا."));
        // ant-sk-middleeast-448-20180321 (feed outside gold)
        assertEquals(List.of(), captures("وتنقلهم الحافلات إلى شمال غرب سوريا الخاضع لسيطرة المعارضة."));
    }

    @Test
    void aWeaponAdjectiveAfterTheAttackNounNamesItsKind() {
        // "هجوما كيماويا" in the accusative and "الهجوم الجوي" are the chemical attack and the air strike,
        // not a generic attack read as an armed clash (ant-sk-middleeast-1009, ant-cn-middleeast-534)
        assertEquals(List.of("Chemical weapon"), violent("من جانبه، أكد البيت الأبيض، أن الولايات المتحدة واثقة "
                + "تماما من تنفيذ النظام السوري هجوما كيماويا في مدينة دوما، قائلا إن المعلومات الأميركية تظهر أن "
                + "حديث روسيا عن هجوم مختلق \"غير صحيح\"."));
        assertEquals(List.of("Air/drone strike"), violent("وجّهت وزارة الدفاع الروسية أصابع الاتهام إلى إسرائيل، "
                + "الإثنين، بضلوعها في الهجوم الجوي على قاعدة \"تيفور\" بحمص، صباح الإثنين."));
    }
}
