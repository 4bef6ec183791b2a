package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorAssignerTest {
    private static ActorAssignment assign(HandBuilt h, String trigger) {
        return h.assign(trigger);
    }

    @Test
    void theSourceCitedAfterAStrikeIsNotItsTarget() {
        ActorAssignment a = assign(new HandBuilt("وقصفت الفصائل أحياء في العاصمة بالقذائف، وفق الأمم المتحدة.")
                .actor("الفصائل", "OPPOSITION").actor("الأمم المتحدة", "UN"), "قصفت");
        assertEquals("OPPOSITION", a.actor1());
        assertTrue(!"UN".equals(a.actor2()), String.valueOf(a.actor2()));
    }

    @Test
    void verbThenSubjectThenObject() {
        ActorAssignment a = assign(new HandBuilt("قصفت قوات النظام مواقع هيئة تحرير الشام في ريف إدلب الجنوبي.")
                .actor("قوات النظام", "SYR_GOV").actor("هيئة تحرير الشام", "HTS"), "قصفت");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals("HTS", a.actor2());
    }

    @Test
    void theTwoSidesOfAClashAfterBayn() {
        ActorAssignment a = assign(new HandBuilt("دارت اشتباكات بين قوات سوريا الديمقراطية وتنظيم الدولة في بلدة هجين.")
                .actor("قوات سوريا الديمقراطية", "SDF").actor("تنظيم الدولة", "ISIS"), "اشتباكات");
        assertEquals("SDF", a.actor1());
        assertEquals("ISIS", a.actor2());
    }

    @Test
    void unnamedVictimsOfViolenceAreCivilians() {
        ActorAssignment a = assign(new HandBuilt("قصفت قوات النظام بلدة كفرنبل ما أدى لمقتل 4 أشخاص بينهم طفل.")
                .actor("قوات النظام", "SYR_GOV").count("4 أشخاص", "killed", 4, null), "قصفت");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals("CIVILIANS", a.actor2());
        assertNull(a.a2(), "a default, not a mention");
    }

    @Test
    void aRebelEvacuationDealHasTheGovernmentAsItsOtherParty() {
        ActorAssignment a = assign(new HandBuilt("وبدأ مقاتلو هيئة تحرير الشام الخروج من بلدة الهبيط بموجب اتفاق إجلاء.")
                .actor("هيئة تحرير الشام", "HTS"), "إجلاء");
        assertEquals("HTS", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
        assertTrue(a.presumed2(), "no word names the government");
    }

    @Test
    void aSideNamedOnlyByItsDeadInAClashWasHit() {
        ActorAssignment a = assign(new HandBuilt("وقتل خمسة من عناصر قوات النظام خلال مواجهات عنيفة في محيط بلدة مورك.")
                .actor("قوات النظام", "SYR_GOV").count("خمسة من عناصر قوات النظام", "killed", 5, "SYR_GOV"),
                "مواجهات");
        assertNull(a.actor1(), "the attacker is not named");
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void theDeadOfOneSideAndTheOtherSideNamedFirst() {
        ActorAssignment a = assign(new HandBuilt("هاجم تنظيم الدولة حاجزا في البادية وقتل 4 من عناصر قوات النظام خلال الاشتباكات.")
                .actor("تنظيم الدولة", "ISIS").actor("قوات النظام", "SYR_GOV")
                .count("4 من عناصر قوات النظام", "killed", 4, "SYR_GOV"), "الاشتباكات");
        assertEquals("ISIS", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void theSideAfterMaaOfAClashNounFoughtTheOneWhoActed() {
        ActorAssignment a = assign(new HandBuilt("سيطر تنظيم الدولة على عدة نقاط في محيط حقل الشاعر بريف حمص الشرقي، بعد مواجهات عنيفة مع قوات النظام.")
                .actor("تنظيم الدولة", "ISIS").actor("قوات النظام", "SYR_GOV"), "سيطر");
        assertEquals("ISIS", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void aPartnerAfterMaaWithoutAClashIsNoSecondSide() {
        ActorAssignment a = assign(new HandBuilt("سيطرت قوات النظام على عدة تلال في جبل الأكراد بريف اللاذقية الشمالي، بالتنسيق مع القوات الروسية.")
                .actor("قوات النظام", "SYR_GOV").actor("القوات الروسية", "RUS"), "سيطرت");
        assertEquals("SYR_GOV", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void aStatementWithoutASpeakerIsNotCoded() {
        assertNull(assign(new HandBuilt("ورفض العرض الروسي في الاجتماع الذي عقد في بصرى الشام."), "رفض"));
    }

    @Test
    void supportersAreAssociated() {
        ActorAssignment a = assign(new HandBuilt("سيطرت قوات النظام على بلدة اللطامنة بدعم من القوات الروسية.")
                .actor("قوات النظام", "SYR_GOV").actor("القوات الروسية", "RUS"), "سيطرت");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals(List.of("RUS"), a.assoc1());
    }

    @Test
    void lamAfterAnAttackNounMarksTheAttacker() {
        ActorAssignment a = assign(new HandBuilt("وتعرضت البلدة لقصف مدفعي لقوات النظام استهدف منازل المدنيين.")
                .actor("قوات النظام", "SYR_GOV"), "قصف");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals("CIVILIANS", a.actor2(), "منازل المدنيين were the target");
    }

    @Test
    void aResidentialTargetMakesCiviliansTheSecondSide() {
        ActorAssignment a = assign(new HandBuilt("قصفت القوات الحكومية بالمدفعية الثقيلة الأحياء السكنية في مدينة دوما.")
                .actor("القوات الحكومية", "SYR_GOV"), "قصفت");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals("CIVILIANS", a.actor2());
    }

    @Test
    void aMilitaryTargetDoesNotMakeCivilians() {
        ActorAssignment a = assign(new HandBuilt("قصفت القوات الحكومية بالمدفعية الثقيلة مواقع عسكرية في مدينة دوما.")
                .actor("القوات الحكومية", "SYR_GOV"), "قصفت");
        assertNull(a.actor2());
    }

    @Test
    void aSyrianAdjectiveAfterStrikesIsTheGovernment() {
        ActorAssignment a = assign(new HandBuilt("قتل 29 مدنيا في غارات سورية وروسية استهدفت مدينة دوما.")
                .actor("مدنيا", "CIVILIANS").count("29 مدنيا", "killed", 29, "CIVILIANS"), "غارات");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals("CIVILIANS", a.actor2());
    }

    @Test
    void theRepellingSideIsTheOneAttacked() {
        ActorAssignment a = assign(new HandBuilt("تصدت وحدات الجيش لهجوم من تدبير تنظيم الدولة على حاجز في ريف حمص.")
                .actor("الجيش", "SYR_GOV").actor("تنظيم الدولة", "ISIS"), "هجوم");
        assertEquals("ISIS", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void anAttackAttributedToAStateIsItsAct() {
        ActorAssignment a = assign(new HandBuilt("استهدفت غارة جوية منسوبة لإسرائيل منطقة قرب مطار دمشق الدولي.")
                .actor("إسرائيل", "ISR"), "غارة");
        assertEquals("ISR", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void anUnclaimedStrikeOnAMilitarySiteHitTheGovernment() {
        ActorAssignment a = assign(new HandBuilt("أن العديد من الصواريخ استهدفت فجر الإثنين مطار التيفور العسكري وأدت إلى سقوط 3 قتلى.")
                .count("3 قتلى", "killed", 3, null), "الصواريخ");
        assertNull(a.actor1());
        assertEquals("SYR_GOV", a.actor2(), "not civilians: the target was military");
    }

    @Test
    void theSubjectAfterAnOpeningVerbMeetsTheOtherParty() {
        ActorAssignment a = assign(new HandBuilt("واستقبل الرئيس السوري بشار الأسد، الإثنين، وزير الخارجية الإيراني جواد ظريف.")
                .actor("الرئيس السوري", "SYR_GOV").actor("بشار الأسد", "SYR_GOV")
                .actor("وزير الخارجية الإيراني", "IRN").actor("جواد ظريف", "IRN"), "استقبل");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals("IRN", a.actor2());
    }

    @Test
    void theOtherSideOfACallIsNotTheCallersOwnName() {
        ActorAssignment a = assign(new HandBuilt("قال الرئيس الأميركي دونالد ترامب في مكالمة هاتفية مع نظيره الفرنسي "
                + "إيمانويل ماكرون إن على الولايات المتحدة التعاون مع تركيا.")
                .actor("الرئيس الأميركي", "USA").actor("دونالد ترامب", "USA").actor("الفرنسي", "FRA")
                .actor("إيمانويل ماكرون", "FRA").actor("الولايات المتحدة", "USA").actor("تركيا", "TUR"), "مكالمة");
        assertEquals("USA", a.actor1());
        assertEquals("FRA", a.actor2(), "ترامب is the caller again, not the other side");
    }

    @Test
    void aSiteThatUnderwentTheAttackIsItsTarget() {
        ActorAssignment military = assign(new HandBuilt("إن بعض المواقع العسكرية في ريفي حماة وحلب تعرضت عند الساعة "
                + "العاشرة ليلا لقصف صاروخي مجهول."), "قصف");
        assertEquals("SYR_GOV", military.actor2(), "an unclaimed strike on a military site");
        ActorAssignment civil = assign(new HandBuilt("وتعرضت الأحياء السكنية في مدينة دوما لقصف من قبل قوات النظام.")
                .actor("قوات النظام", "SYR_GOV"), "قصف");
        assertEquals("SYR_GOV", civil.actor1());
        assertEquals("CIVILIANS", civil.actor2());
        ActorAssignment near = assign(new HandBuilt("وتعرضت مناطق في تل اشهيب شرقي مطار خلخلة لقصف جوي."), "قصف");
        assertNull(near.actor2(), "the airport only locates the areas hit");
    }

    @Test
    void sidesJoinedToActor1AreAssociatesNotTheTarget() {
        ActorAssignment a = assign(new HandBuilt("هاجمت القوات التركية وفصائل سورية موالية لها، الأحد، قرية بعدينا "
                + "بعد انسحاب المقاتلين منها.")
                .actor("القوات التركية", "TUR").actor("فصائل سورية", "OPPOSITION"), "هاجمت");
        assertEquals("TUR", a.actor1());
        assertNull(a.actor2(), "the allied factions attacked with the Turkish army");
        assertEquals(List.of("OPPOSITION"), a.assoc1());
        ActorAssignment b = assign(new HandBuilt("قصفت قوات النظام وروسيا مواقع هيئة تحرير الشام في ريف حماة.")
                .actor("قوات النظام", "SYR_GOV").actor("روسيا", "RUS").actor("هيئة تحرير الشام", "HTS"), "قصفت");
        assertEquals("HTS", b.actor2());
        assertEquals(List.of("RUS"), b.assoc1());
    }

    @Test
    void theBackerOfAGroupIsNoSide() {
        ActorAssignment a = assign(new HandBuilt("هاجمت فصائل تدعمها تركيا مواقع وحدات حماية الشعب قرب تل رفعت.")
                .actor("فصائل", "OPPOSITION").actor("تركيا", "TUR").actor("وحدات حماية الشعب", "YPG"), "هاجمت");
        assertEquals("OPPOSITION", a.actor1());
        assertEquals("YPG", a.actor2());
        ActorAssignment b = assign(new HandBuilt("اعتقلت قوات الأمن المدعومة من الولايات المتحدة في الشدادي خمسة رجال.")
                .actor("الولايات المتحدة", "USA"), "اعتقلت");
        assertTrue(b == null || !"USA".equals(b.actor1()) && !"USA".equals(b.actor2()), "the backer did not arrest");
    }

    @Test
    void aircraftAfterTheVerbNameTheStriker() {
        ActorAssignment a = assign(new HandBuilt("استهدفت طائرات التحالف الدولي مقرات تنظيم الدولة في بلدة الشعفة.")
                .actor("التحالف الدولي", "COALITION").actor("تنظيم الدولة", "ISIS"), "استهدفت");
        assertEquals("COALITION", a.actor1());
        assertEquals("ISIS", a.actor2());
    }

    @Test
    void aNameWhoseHeadClosesTheTriggerIsTheSubject() {
        ActorAssignment a = assign(new HandBuilt("وقصفت طائرات النظام مواقع هيئة تحرير الشام في مدينة معرة النعمان.")
                .actor("طائرات النظام", "SYR_GOV").actor("هيئة تحرير الشام", "HTS"), "قصفت");
        assertEquals("SYR_GOV", a.actor1(), "طائرات closes the trigger قصفت طائرات and heads the name");
        assertEquals("HTS", a.actor2());
    }

    @Test
    void theOwnerOfTheAircraftStruckUnlessTheyWereDowned() {
        ActorAssignment a = assign(new HandBuilt("ألقت مروحيات تابعة لقوات النظام براميل متفجرة على أحياء مدينة داريا.")
                .actor("قوات النظام", "SYR_GOV"), "براميل");
        assertEquals("SYR_GOV", a.actor1(), "the helicopters belong to the regime");
        ActorAssignment hit = assign(new HandBuilt("قصفت قوات النظام مواقع تابعة لهيئة تحرير الشام في ريف حماة.")
                .actor("قوات النظام", "SYR_GOV").actor("هيئة تحرير الشام", "HTS"), "قصفت");
        assertEquals("SYR_GOV", hit.actor1());
        assertEquals("HTS", hit.actor2(), "مواقع تابعة ل names what was hit");
    }
    @Test
    void mutualShellingBetweenTwoSidesHasBoth() {
        ActorAssignment a = assign(new HandBuilt("وشهدت جبهة الساحل تبادلا للقصف المدفعي بين فصائل المعارضة وقوات النظام في جبل الأكراد.")
                .actor("فصائل المعارضة", "OPPOSITION").actor("قوات النظام", "SYR_GOV"), "المدفعي");
        assertEquals("OPPOSITION", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void anUnnamedFirstSideLeavesActor1Null() {
        ActorAssignment a = assign(new HandBuilt("استمرت الاشتباكات حتى الفجر بين مسلحين محليين من جهة، وقوات النظام وحزب الله من جهة أخرى في بلدة مضايا.")
                .actor("قوات النظام", "SYR_GOV").actor("حزب الله", "HEZBOLLAH"), "الاشتباكات");
        assertNull(a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void theSideNamedByItsDeadIsTheOtherSideOfAClash() {
        ActorAssignment a = assign(new HandBuilt("دارت مواجهات على أطراف حي الصناعة حيث يتحصن عناصر من تنظيم الدولة، وقتل ستة من عناصر قوات النظام.")
                .actor("تنظيم الدولة", "ISIS").actor("قوات النظام", "SYR_GOV")
                .count("ستة من عناصر قوات النظام", "killed", 6, "SYR_GOV"), "مواجهات");
        assertEquals("ISIS", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }
    @Test
    void aFightFarAfterAStrikeNounIsNotItsSides() {
        ActorAssignment a = assign(new HandBuilt("وسقطت قذائف على بلدة خان أرنبة على هامش القتال الدائر بين قوات النظام وفصائل المعارضة.")
                .actor("قوات النظام", "SYR_GOV").actor("فصائل المعارضة", "OPPOSITION"), "قذائف");
        assertNull(a == null ? null : a.actor2(), "the shells' target is not the other side of the fight");
    }

    @Test
    void anAgentOfAnotherReportOfARoundUpIsNoSide() {
        HandBuilt h = new HandBuilt("ألقى الطيران المروحي برميلا على قرية الحويز، تلاه قصف من قبل قوات النظام على "
                + "أطراف قرية التوينة، كما تعرضت بلدة كفرنبودة لقصف مدفعي، فيما هز انفجار حي المرابط ناجم عن "
                + "عبوة ناسفة مزروعة بسيارة.").actor("قوات النظام", "SYR_GOV");
        ActorAssignment a = assign(h, "عبوة");
        assertNull(a == null ? null : a.actor1(), "the shelling's agent did not plant the bomb of another report");
    }

    @Test
    void anAgentOfTheClauseBeforeStillActs() {
        HandBuilt h = new HandBuilt("وتعرضت بلدة معرزيتا لقصف من قبل قوات النظام؛ وأعقبه قصف صاروخي على أطرافها.")
                .actor("قوات النظام", "SYR_GOV");
        ActorAssignment a = assign(h, "صاروخي");
        assertEquals("SYR_GOV", a.actor1());
    }

    @Test
    void aDefiniteAttackAfterAReportOpenerPointsBackToItsAgent() {
        HandBuilt h = new HandBuilt("وتعرضت بلدة التمانعة لقصف من قبل قوات النظام، كما أدى القصف إلى دمار في منازل المدنيين.")
                .actor("قوات النظام", "SYR_GOV");
        ActorAssignment a = assign(h, "القصف");
        assertEquals("SYR_GOV", a.actor1());
    }

    @Test
    void inspectorsWhoArriveAfterAnAttackDidNotStrike() {
        ActorAssignment a = assign(new HandBuilt("وصل فريق منظمة حظر الأسلحة الكيميائية إلى بلدة اللطامنة بعد الهجوم بغاز الكلور الذي أودى بحياة ثلاثة مدنيين.")
                .actor("منظمة حظر الأسلحة الكيميائية", "OPCW").count("ثلاثة مدنيين", "killed", 3, "CIVILIANS"), "الهجوم");
        assertNull(a.actor1(), "the inspectors are unarmed");
        assertNull(a.a1(), "no evidence names the inspectors as the striker");
        assertEquals("CIVILIANS", a.actor2());
    }

    @Test
    void rescuersWhoCountTheDeadOfAnAirRaidDidNotStrike() {
        ActorAssignment a = assign(new HandBuilt("وانتشل الدفاع المدني جثث سبعة مدنيين قضوا في غارة جوية على بلدة معرشورين.")
                .actor("الدفاع المدني", "WHITE_HELMETS").count("سبعة مدنيين", "killed", 7, "CIVILIANS"), "غارة");
        assertNull(a.actor1(), "the rescuers are unarmed");
    }

    @Test
    void aSideNamedByItsDeadInAClashKeepsTheSideItFought() {
        ActorAssignment a = assign(new HandBuilt("قتل 4 من عناصر الفصائل في اشتباكات مع قوات النظام قرب بلدة اللطامنة.")
                .actor("الفصائل", "OPPOSITION").actor("قوات النظام", "SYR_GOV")
                .count("4 من عناصر الفصائل", "killed", 4, "OPPOSITION"), "اشتباكات");
        assertEquals("SYR_GOV", a.actor1());
        assertEquals("OPPOSITION", a.actor2());
    }

    @Test
    void aSideNamedOnlyByItsDeadInAClashHasNoFoeInvented() {
        ActorAssignment a = assign(new HandBuilt("وقتل 6 من عناصر النظام خلال اشتباكات عنيفة في محيط بلدة كفرنبودة.")
                .actor("النظام", "SYR_GOV").count("6 من عناصر النظام", "killed", 6, "SYR_GOV"), "اشتباكات");
        assertNull(a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void aLandAfterFiIsWhereTheStrikeFellNotItsTarget() {
        // snn-2015-07-31-241: Iraq is where the strikes fell; the group they hit is named at the end
        ActorAssignment a = assign(new HandBuilt(
                "وأضاف البيان أن القوات نفذت أيضاً 17 ضربة جوية في العراق قرب تسع مدن استهدفت مناطق تجمع للمسلحين.")
                .actor("القوات", "COALITION").actor("العراق", "IRQ").area("العراق", "iq", "IQ"), "ضربة");
        assertTrue(!"IRQ".equals(a.actor2()), String.valueOf(a.actor2()));
    }
}
