package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/**
 * Hand-built sentences in the style of agency reports (AFP, Reuters, Sky News Arabia): is the
 * violent or strategic act the sentence names a report of an incident, or a summary, a recall,
 * a hypothesis, a proposal, an opinion? Each pair holds a report that must stay an event.
 */
class ReportedViolenceTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** The ACLED types of the events of a text published on 2018-07-03, in order. */
    private static List<String> types(String text) {
        List<String> out = new ArrayList<>();
        for (Event e : PIPELINE.process(new Document("t", "t", text, null, null, null, "2018-07-03", "UTF-8")).events()) {
            out.add(e.acledType() == null ? "CAMEO " + e.cameo() : e.acledType());
        }
        return out;
    }

    /** The ACLED sub-types of the events of a text, in order. */
    private static List<String> subTypes(String text) {
        List<String> out = new ArrayList<>();
        for (Event e : PIPELINE.process(new Document("t", "t", text, null, null, null, "2018-07-03", "UTF-8")).events()) {
            out.add(e.acledSubType());
        }
        return out;
    }

    private static final String SHELLING = "Explosions/Remote violence";
    private static final String BATTLES = "Battles";

    @Test
    void aPeriodIsASummaryNotAnEvent() {
        assertEquals(List.of(), types("قتل مدنيون خلال الأيام الماضية إثر غارات جوية على بلدة بصرى الشام في ريف درعا."));
        assertEquals(List.of(), types("واستعادت قوات النظام خلال الأسابيع الماضية السيطرة على بلدة بصرى الشام في ريف درعا."));
        assertEquals(List.of(), types("وبدأت منذ أسبوعين عمليات قصف عنيفة على بلدة بصرى الشام في ريف درعا."));
        assertEquals(List.of(SHELLING), types("قتل مدنيون أمس إثر غارات جوية على بلدة بصرى الشام في ريف درعا."));
    }

    @Test
    void aRecallNeedsADayOfItsOwn() {
        // pluperfect with a vague "two weeks ago": recalled, not reported
        assertEquals(List.of(), types("وكانت الطائرات الروسية شنت غارات على بلدة بصرى الشام في ريف درعا قبل أسبوعين."));
        // a campaign's start date is not the day of the capture told with it
        assertEquals(List.of(), types("وتشن القوات الحكومية منذ 18 حزيران حملة على بلدة بصرى الشام في ريف درعا تمكنت خلالها من السيطرة على أحياء."));
        // fighting that began yesterday morning is still the news of the day
        assertEquals(List.of(BATTLES), types("وتشن الفصائل هجوما عنيفا منذ صباح أمس على أحياء مدينة درعا."));
    }

    @Test
    void anAdjectiveAfterTheNounMakesAHypothesis() {
        assertEquals(List.of(), types("وذلك في إشارة إلى الهجوم المحتمل لقوات النظام على مدينة إدلب."));
        assertEquals(List.of(), types("ويأتي الحشد بالتزامن مع هجوم عسكري متوقع لقوات النظام على مدينة إدلب."));
        assertEquals(List.of(BATTLES), types("وشنت قوات النظام هجوما على مدينة إدلب."));
    }

    @Test
    void theTermsOfAProposalAreNotDone() {
        assertEquals(List.of(), types("ويتضمن الاقتراح الذي تعرضه روسيا على الفصائل، وفق ما أكد ناشطون، تسليم السلاح الثقيل "
                + "وعودة المؤسسات الرسمية وسيطرة قوات النظام على معبر نصيب في ريف درعا."));
        // the intention is not a capture (the negotiations named are another, verbal, matter)
        assertFalse(types("وأعلن الأسد عزمه تحرير مدينة الرقة عبر المفاوضات أو باستخدام القوة.").contains(BATTLES));
        assertEquals(List.of(BATTLES), types("وسيطرت قوات النظام على معبر نصيب في ريف درعا."));
    }

    @Test
    void airDefencesMeetingFireDisruptWeaponsUse() {
        assertEquals(List.of("Disrupted weapons use"),
                subTypes("وقالت وسائل الإعلام الرسمية إن الدفاعات الجوية تصدت لهدف معاد فوق بلدة قطنا في ريف دمشق."));
        assertEquals(List.of("Disrupted weapons use"),
                subTypes("وأسقطت الدفاعات الجوية الروسية طائرة مسيرة فوق بلدة جبلة في ريف اللاذقية."));
        // the air defences struck are a target, not the subject
        assertEquals(List.of("Air/drone strike"),
                subTypes("واستهدفت غارات إسرائيلية مواقع الدفاع الجوي في بلدة قطنا بريف دمشق."));
    }

    @Test
    void theWeaponNamedAfterAttackDecidesTheClass() {
        assertEquals(List.of("Chemical weapon"), subTypes("وتعرضت بلدة خان شيخون أمس لهجوم كيميائي أسفر عن مقتل مدنيين."));
        assertEquals(List.of("Shelling/artillery/missile attack"),
                subTypes("وأعلن التلفزيون الرسمي أن هجوما صاروخيا استهدف سوقا شعبية في بلدة جرمانا أسفر عن مقتل مدنيين."));
        // وصفته is "described", not صفت "liquidated"
        assertFalse(types("وقالت المتحدثة إن ما وصفته بعملية شاملة في الغوطة الشرقية بات ضروريا.")
                .contains("Violence against civilians"));
    }

    @Test
    void aCircumstanceOrAPressReviewIsNotAnIncident() {
        assertEquals(List.of(), types("ودخلت قافلة مساعدات إلى مدينة دوما لكنها غادرت قبل إفراغ حمولتها بسبب القصف."));
        assertEquals(List.of(), types("الكاتب يصف الضغوط بالكلام الفارغ لأن قوات النظام استعادت مدينة دوما بالقوة."));
        assertEquals(List.of(BATTLES), types("وقالت وكالة الأنباء إن قوات النظام استعادت مدينة دوما بالقوة."));
        assertEquals(List.of(SHELLING), types("وقتل ثلاثة مدنيين أمس بسبب قصف مدفعي لقوات النظام على مدينة دوما."));
    }

    @Test
    void weaponsAsGoodsAreNotFired() {
        assertEquals(List.of(), types("وتواصل إيران تطوير الصواريخ الباليستية في مدينة حماة."));
        assertEquals(List.of(), types("وتواصل إيران إمداداتها من الصواريخ إلى حزب الله في مدينة حماة."));
        assertEquals(List.of(SHELLING), types("وسقطت الصواريخ أمس على مدينة حماة."));
    }

    @Test
    void aPeriodAnywhereInTheClauseUnlessInARelativeClause() {
        assertEquals(List.of(), types("واستعادت قوات النظام مدعومة من روسيا خلال الأسابيع الماضية السيطرة على مدينة دوما."));
        assertEquals(List.of(SHELLING),
                types("وواصلت الفصائل أمس قصف بلدة الفوعة بالمدفعية الثقيلة ضمن المعركة التي أعلنت عنها مؤخرا."));
    }

    @Test
    void aGuessIsNotAReport() {
        assertEquals(List.of(), types("وسمع دوي انفجارين في بلدة الكسوة بريف دمشق، مرجحة أن يكونا ناتجين عن قصف صاروخي استهدف موقعا عسكريا."));
        assertEquals(List.of("Disrupted weapons use"),
                subTypes("وأعلنت دمشق أن دفاعاتها الجوية تصدت للصواريخ الإسرائيلية فوق بلدة الكسوة بريف دمشق."));
    }

    @Test
    void rocketsCountedInTheAccusativeAreFired() {
        assertEquals(List.of(SHELLING), types("وأطلقت إيران فجر الخميس 20 صاروخا على قواعد عسكرية في مرتفعات الجولان."));
        // the article carried in the text makes a circumstance too ("بسبب الصاروخين", phrase صاروخين)
        assertEquals(List.of(), types("وغادرت القافلة مدينة دوما بسبب الصاروخين."));
    }

    @Test
    void airStrikesCountedInTheDualOrAccusativeAreStrikes() {
        // a count of two strikes or barrels is written in the dual, 11..99 in the accusative singular
        assertEquals(List.of(SHELLING), types("وشن الطيران الحربي أمس غارتين على بلدة كفرنبل في ريف إدلب الجنوبي."));
        assertEquals(List.of(SHELLING), types("وألقى الطيران المروحي أمس برميلين متفجرين على بلدة كفرنبل في ريف إدلب الجنوبي."));
        assertEquals(List.of(SHELLING), types("وألقى الطيران المروحي أمس 14 برميلا متفجرا على بلدة كفرنبل في ريف إدلب الجنوبي."));
        assertEquals(List.of("Air/drone strike"), subTypes("وشن الطيران الحربي أمس غارتين على بلدة كفرنبل في ريف إدلب الجنوبي."));
    }
}
