package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerSelectorTest {
    private static final TriggerSelector SELECTOR = new TriggerSelector(new ModalityClassifier());

    private static List<Candidate> select(HandBuilt h) {
        return SELECTOR.select(h.arguments(), h.triggers);
    }

    @Test
    void anOccurredStrikeIsOneCandidate() {
        List<Candidate> cs = select(new HandBuilt("قصفت قوات النظام بلدة كفرنبل بالريف الجنوبي صباح اليوم."));
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Explosions/Remote violence", cs.get(0).type());
        assertEquals(Modality.OCCURRED, cs.get(0).modality());
    }

    @Test
    void aNegatedStrikeIsNoCandidate() {
        assertTrue(select(new HandBuilt("لم تقصف قوات النظام بلدة كفرنبل بالريف الجنوبي صباح اليوم.")).isEmpty());
    }

    @Test
    void aViolentActAnnouncedForLaterIsAThreat() {
        List<Candidate> cs = select(new HandBuilt("هدد النظام بأن قواته ستقصف بلدة كفرنبل خلال أيام."));
        assertTrue(cs.stream().anyMatch(c -> "13".equals(c.cameo()) && c.type() == null), cs.toString());
    }

    @Test
    void oneEventPerFamilyAndClauseWithTheWeakerAsSibling() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بالمدفعية والصواريخ بلدة كفرنبل وسط قصف مدفعي عنيف.");
        List<Candidate> cs = select(h);
        long violent = cs.stream().filter(c -> c.type() != null).count();
        assertEquals(1, violent, cs.toString());
        assertFalse(cs.get(0).siblings().isEmpty(), "the other shelling words are kept as siblings");
    }

    @Test
    void aClashToldWithShellingInOneClauseIsASecondEvent() {
        List<String> types = select(new HandBuilt(
                "دارت اشتباكات عنيفة بين قوات النظام والفصائل في بلدة اللطامنة ترافقت مع قصف مدفعي على البلدة."))
                .stream().map(Candidate::type).toList();
        assertEquals(List.of("Battles", "Explosions/Remote violence"), types);
    }

    @Test
    void aClashToldAfterTheShellingIsASecondEventToo() {
        List<String> then = select(new HandBuilt(
                "استهدفت الفصائل مواقع قوات النظام في بلدة اللطامنة بقذائف المدفعية لتدور بعدها اشتباكات بين الطرفين."))
                .stream().map(Candidate::type).toList();
        assertEquals(List.of("Explosions/Remote violence", "Battles"), then);
        List<String> amid = select(new HandBuilt(
                "قصفت قوات النظام بالمدفعية بلدة اللطامنة وسط اشتباكات عنيفة مع الفصائل."))
                .stream().map(Candidate::type).toList();
        assertEquals(List.of("Explosions/Remote violence", "Battles"), amid);
    }

    @Test
    void aClashNamedAfterTheShellingIsWhereItFellAndACaptureAbsorbsItsBattle() {
        List<String> strike = select(new HandBuilt(
                "قصفت قوات النظام بالمدفعية مواقع الفصائل على محاور الاشتباكات في بلدة اللطامنة."))
                .stream().map(Candidate::type).toList();
        assertEquals(List.of("Explosions/Remote violence"), strike);
        List<String> capture = select(new HandBuilt(
                "سيطرت قوات النظام على بلدة اللطامنة بعد معارك عنيفة مع الفصائل."))
                .stream().map(Candidate::sub).toList();
        assertEquals(List.of("Non-state actor overtakes territory"), capture);
    }

    @Test
    void aDefiniteClashToldWithShellingIsTheFightingTheReaderKnows() {
        List<String> types = select(new HandBuilt(
                "وتزامنت المعارك مع قصف مدفعي عنيف على أحياء البلدة."))
                .stream().map(Candidate::type).toList();
        assertEquals(List.of("Explosions/Remote violence"), types);
    }

    @Test
    void aDefiniteClashToldGoingOnWithAStrikeIsASecondEvent() {
        // snn-2015-07-23-977: the clashes that "went on" last night are the night's fighting, told with its air strikes
        List<String> wentOn = select(new HandBuilt(
                "الاشتباكات العنيفة استمرت مساء الثلاثاء في منطقة الزبداني وسط غارات جوية عنيفة داخل وحول المدينة."))
                .stream().map(Candidate::type).toList();
        assertEquals(List.of("Battles", "Explosions/Remote violence"), wentOn);
        // snn-2015-07-24-778: "وسط استمرار الاشتباكات" is no state of the place but the fighting the strike came with
        List<String> amid = select(new HandBuilt(
                "الطيران المروحي ألقى أكثر من 14 برميلا متفجرا على الزبداني يوم أمس، وسط استمرار الاشتباكات العنيفة بين"
                        + " مقاتلي فصائل المعارضة ومقاتلين محليين من طرف، وقوات النظام."))
                .stream().map(Candidate::type).toList();
        assertEquals(List.of("Explosions/Remote violence", "Battles"), amid);
    }

    @Test
    void aDefiniteTriggerWithARelativeClauseIsBackgroundUnlessATollGoesWithIt() {
        HandBuilt h = new HandBuilt("وأدان المجلس القصف الذي استهدف مدينة دوما يوم الجمعة الماضي.");
        TriggerMention t = h.trigger("القصف");
        assertTrue(TriggerSelector.presupposed(h.sentence, t, h.counts));
        HandBuilt tolled = new HandBuilt("وأدان المجلس القصف الذي أدى لمقتل 5 مدنيين في مدينة دوما.")
                .count("5 مدنيين", "killed", 5, "CIVILIANS");
        assertFalse(TriggerSelector.presupposed(tolled.sentence, tolled.trigger("القصف"), tolled.counts));
    }

    @Test
    void aTriggerInsideAnActorNameCodesNothing() {
        HandBuilt h = new HandBuilt("وصل وفد من هيئة المصالحة والتسوية إلى مدينة درعا صباح اليوم.")
                .actor("هيئة المصالحة والتسوية", "RECONCILIATION");
        TriggerMention t = h.trigger("التسوية");
        assertTrue(TriggerSelector.insideName(t, h.actors, h.places));
        assertTrue(select(h).stream().noneMatch(c -> c.t() == t));
    }

    @Test
    void aRecalledEventKeepsOnlyADateToldWithIt() {
        HandBuilt recalled = new HandBuilt("ويأتي هذا الهجوم بعيد حديث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع نظيره الأميركي دونالد ترامب مساء الأحد.")
                .date("مساء الأحد", "2018-04-08", 1);
        assertTrue(select(recalled).stream().noneMatch(c -> c.type() != null), "the Sunday of the phone call");
        HandBuilt dated = new HandBuilt("لم يبدأ المحققون عملهم في دوما التي تعرضت في السابع من الشهر الحالي لهجوم كيميائي.")
                .date("السابع من الشهر الحالي", "2018-04-07", 1);
        List<Candidate> cs = select(dated);
        assertTrue(cs.stream().anyMatch(c -> "Chemical weapon".equals(c.sub())), cs.toString());
    }

    @Test
    void anAgreementWithItsOwnVerbIsReportedDespiteARelativeClause() {
        List<Candidate> cs = select(new HandBuilt("دخلت الهدنة الإنسانية التي أعلنت عنها روسيا لخمس ساعات حيز التنفيذ في الغوطة الشرقية."));
        assertTrue(cs.stream().anyMatch(c -> "Agreement".equals(c.sub()) && c.modality() == Modality.OCCURRED), cs.toString());
        List<Candidate> recalled = select(new HandBuilt("وأدان المجلس الهدنة التي أعلنت عنها روسيا في الغوطة الشرقية."));
        assertTrue(recalled.stream().noneMatch(c -> "Agreement".equals(c.sub())), recalled.toString());
    }

    @Test
    void weaponsHandedOverUnderAnAgreementToldWithItAreTheAgreement() {
        List<Candidate> cs = select(new HandBuilt("وتؤكد المعلومات التوصل إلى اتفاقات لإخراج المسلحين من يلدا وببيلا بعد تسليم أسلحتهم الثقيلة."));
        assertEquals(List.of("Agreement"), cs.stream().filter(c -> c.type() != null).map(Candidate::sub).toList(),
                cs.toString());
        List<Candidate> alone = select(new HandBuilt("وسلم مسلحو المعارضة أسلحتهم الثقيلة للجيش في بلدة يلدا صباح اليوم."));
        assertTrue(alone.stream().anyMatch(c -> "Change to group/activity".equals(c.sub())), alone.toString());
    }

    @Test
    void aWithdrawalToldWithACaptureIsTheCapture() {
        List<Candidate> cs = select(new HandBuilt("سيطرت القوات التركية وفصائل موالية لها الأحد على مدينة عفرين إثر انسحاب المقاتلين الأكراد منها."));
        assertEquals(List.of("Non-state actor overtakes territory"),
                cs.stream().filter(c -> c.type() != null).map(Candidate::sub).toList(), cs.toString());
    }

    @Test
    void aNameInAppositionDoesNotPutTheBlameOutOfReach() {
        // ant-sk-middleeast-1031-20180414: the ambassador's name between commas stands between حمل and مسؤولية
        List<Candidate> cs = select(new HandBuilt("من جانبه، حمل السفير الروسي لدى واشنطن، أناتولي أنتونوف، الولايات "
                + "المتحدة وفرنسا وبريطانيا مسؤولية عواقب الضربات."));
        assertTrue(cs.stream().anyMatch(c -> "11".equals(c.cameo())), cs.toString());
    }

    /** As the pipeline selects: among the acts, the speech verbs left to SpeechStatement. */
    private static List<Candidate> selectActs(String sentence) {
        HandBuilt h = new HandBuilt(sentence);
        return SELECTOR.select(h.arguments(), SpeechStatement.acts(h.triggers));
    }

    @Test
    void fightersLeavingATownAreTheEvacuationAgreement() {
        // ant-sk-middleeast-1477-20180507 (verb first) and ant-sk-middleeast-642-20180329 (subject first)
        List<Candidate> after = selectActs("وجاء في البيان، أنه خلال 24 ساعة الأخيرة، غادر 2556 من المسلحين "
                + "وأقاربهم مخيم اليرموك عبر الممر الإنساني.");
        assertEquals(List.of("Agreement"), after.stream().filter(c -> c.type() != null).map(Candidate::sub).toList(),
                after.toString());
        List<Candidate> before = selectActs("وقال مركز المصالحة الذي تديره الوزارة في سوريا إن المقاتلين "
                + "غادروا مدينة عربين وتوجهوا إلى إدلب في شمال البلاد.");
        assertTrue(before.stream().anyMatch(c -> "Agreement".equals(c.sub())), before.toString());
        // ant-sk-middleeast-3043-20180722: خرج, the other verb of departure
        List<Candidate> out = selectActs("وأكدت المصادر أن حوالي 850 شخصا من مقاتلين ومدنيين من بلدة محجة "
                + "خرجوا في الدفعة الثالثة.");
        assertTrue(out.stream().anyMatch(c -> "Agreement".equals(c.sub())), out.toString());
        // a departure of anyone else is no event
        List<Candidate> visit = selectActs("وغادر وزير الخارجية دمشق بعد زيارة استمرت يومين.");
        assertTrue(visit.stream().noneMatch(c -> "Agreement".equals(c.sub())), visit.toString());
    }
}
