package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.events.RoledActor.Role;

class ActorRoleTaggerTest {
    private static Role roleOf(HandBuilt h, String id) {
        for (RoledActor a : h.roles()) {
            if (a.id().equals(id)) {
                return a.role();
            }
        }
        return null;
    }

    @Test
    void agentTargetAndSupporterFromTheCueBefore() {
        HandBuilt h = new HandBuilt(
                "تعرضت بلدة كفرنبل لقصف من قبل قوات النظام بدعم من القوات الروسية على مواقع المعارضة.")
                .actor("قوات النظام", "SYR_GOV").actor("القوات الروسية", "RUS").actor("المعارضة", "OPPOSITION");
        assertEquals(Role.AGENT, roleOf(h, "SYR_GOV"));
        assertEquals(Role.ASSOC, roleOf(h, "RUS"));
        assertEquals(Role.TARGET, roleOf(h, "OPPOSITION"));
    }

    @Test
    void afterTheVerbIstahdafaComesTheStriker() {
        HandBuilt h = new HandBuilt("واستهدفت فصائل المعارضة قوات النظام على جبهة كباني بريف اللاذقية.")
                .actor("فصائل المعارضة", "OPPOSITION").actor("قوات النظام", "SYR_GOV");
        assertEquals(Role.AGENT, roleOf(h, "OPPOSITION"));
    }

    @Test
    void theSideHoldingTheAreasHitIsTheTarget() {
        HandBuilt h = new HandBuilt("وشن الطيران الحربي عشر غارات على مناطق سيطرة فصائل المعارضة شمالي حماة.")
                .actor("فصائل المعارضة", "OPPOSITION");
        assertEquals(Role.TARGET, roleOf(h, "OPPOSITION"));
        HandBuilt held = new HandBuilt("وقصفت المدفعية التركية قرى تحت سيطرة الوحدات الكردية قرب عفرين.")
                .actor("الوحدات الكردية", "YPG");
        assertNull(roleOf(held, "YPG")); // who holds a place the strike hit is no party to it
    }

    @Test
    void aSourceBeforeAnnIsAReporter() {
        HandBuilt h = new HandBuilt("قالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع في ريف إدلب.")
                .actor("وزارة الدفاع الروسية", "RUS");
        assertEquals(Role.REPORTER, roleOf(h, "RUS"));
    }

    @Test
    void whoASentenceCitesIsItsSourceEvenWithNothingAfter() {
        HandBuilt un = new HandBuilt("وتعرضت ثلاثة مستشفيات في المدينة للقصف خلال يومين، وفق الأمم المتحدة.")
                .actor("الأمم المتحدة", "UN");
        assertEquals(Role.REPORTER, roleOf(un, "UN"));
        HandBuilt army = new HandBuilt("واستهدفت الغارات مقرين للتنظيم قرب البوكمال، بحسب بيان للجيش العراقي.")
                .actor("للجيش العراقي", "IRQ");
        assertEquals(Role.REPORTER, roleOf(army, "IRQ"));
        HandBuilt verb = new HandBuilt("ودخلت القوات التركية وسط المدينة، وفق ما أعلن الرئيس التركي مساء الأحد.")
                .actor("القوات التركية", "TUR").actor("الرئيس التركي", "TUR");
        assertEquals(Role.REPORTER, verb.roles().get(1).role());
        assertEquals(Role.NONE, verb.roles().get(0).role());
    }

    @Test
    void whoBringsNewsOfAnAttackIsItsReporter() {
        HandBuilt h = new HandBuilt("نقلت مجموعات تابعة للمعارضة أنباء عن قصف عنيف على بلدة كفرنبل صباح اليوم.")
                .actor("للمعارضة", "OPPOSITION");
        assertEquals(Role.REPORTER, roleOf(h, "OPPOSITION"));
        HandBuilt own = new HandBuilt("قالت مصادر تابعة للمعارضة لوكالة الأنباء إن القصف طال البلدة.")
                .actor("للمعارضة", "OPPOSITION");
        assertEquals(Role.REPORTER, roleOf(own, "OPPOSITION"));
    }

    @Test
    void aDealNamedAfterWifqKeepsItsParties() {
        HandBuilt h = new HandBuilt("وخرج المقاتلون من البلدة وفق اتفاق مع الجيش الروسي.")
                .actor("الجيش الروسي", "RUS");
        assertTrue(roleOf(h, "RUS") != Role.REPORTER);
    }

    @Test
    void aGroupNamedInTheTollIsTheVictim() {
        HandBuilt h = new HandBuilt("قتل 3 من عناصر الجيش الحر بانفجار عبوة ناسفة في ريف حلب.")
                .count("3 من عناصر", "killed", 3, "FSA").actor("الجيش الحر", "FSA");
        assertEquals(Role.VICTIM, roleOf(h, "FSA"));
    }

    @Test
    void anUnknownCauseABorderAndAnOutletAreNoParties() {
        HandBuilt h = new HandBuilt("وقع انفجار مجهول السبب قرب الحدود مع تركيا بحسب سمارت في ريف إدلب.")
                .actor("مجهول", "UNKNOWN").actor("تركيا", "TUR").outlet("سمارت", "OUT_SMART");
        List<RoledActor> roles = h.roles();
        assertTrue(roles.isEmpty(), roles.toString());
    }

    @Test
    void formerFightersAreMarked() {
        HandBuilt h = new HandBuilt("اغتال مجهولون أحد عناصر المعارضة السابقين في بلدة طفس بريف درعا.")
                .actor("المعارضة", "OPPOSITION");
        assertTrue(h.roles().get(0).former());
        assertTrue(!h.roles().get(0).canAct());
    }

    @Test
    void anEarlierAttackOfAnActorDoesNotMakeItFormer() {
        HandBuilt h = new HandBuilt("عثر الأهالي على 20 جثة لمدنيين قضوا في قصف سابق لقوات النظام.")
                .actor("قوات النظام", "SYR_GOV");
        assertTrue(!h.roles().get(0).former(), "سابق qualifies the shelling, not the forces");
        assertTrue(h.roles().get(0).canAct());
    }

    @Test
    void whoHoldsAPlaceIsNotAParty() {
        HandBuilt h = new HandBuilt("تعرضت مدينة دوما الخاضعة لسيطرة المعارضة إلى قصف جوي قرب مناطق تحت سيطرة النظام.")
                .actor("المعارضة", "OPPOSITION").actor("النظام", "SYR_GOV");
        assertEquals(null, roleOf(h, "OPPOSITION"));
        assertEquals(null, roleOf(h, "SYR_GOV"));
    }

    @Test
    void aTerritoryAdjectiveIsNotAParty() {
        HandBuilt h = new HandBuilt("سقطت قذيفة قرب الحدود التركية وأطلقت القوات التركية النار.")
                .actor("التركية", "TUR").actor("القوات التركية", "TUR");
        assertEquals(1, h.roles().size(), "only the forces");
        assertEquals("القوات التركية", h.roles().get(0).m().surface());
    }

    @Test
    void atTheHandsOfIsAnAgent() {
        HandBuilt h = new HandBuilt("بعد نحو ثلاثة أشهر على اختطافهن على أيدي تنظيم داعش.")
                .actor("تنظيم داعش", "ISIS");
        assertEquals(Role.AGENT, roleOf(h, "ISIS"));
    }

    @Test
    void theSubjectOfALaunchVerbWithThePronounOfTheMeansIsAnAgent() {
        HandBuilt h = new HandBuilt("وسقطت صواريخ أطلقتها فصائل المعارضة على حي الحمدانية في حلب.")
                .actor("فصائل المعارضة", "OPPOSITION");
        assertEquals(Role.AGENT, roleOf(h, "OPPOSITION"));
        HandBuilt dropped = new HandBuilt("وأصيب ثلاثة مدنيين ببراميل ألقتها مروحيات النظام على بلدة داعل.")
                .actor("مروحيات النظام", "SYR_GOV");
        assertEquals(Role.AGENT, roleOf(dropped, "SYR_GOV"));
    }

    @Test
    void theSubjectOfARelativeSupportVerbIsABacker() {
        HandBuilt h = new HandBuilt("سيطرت فصائل تدعمها أنقرة على قرية قسطل جندو، فيما انسحبت القوات الكردية.")
                .actor("فصائل", "OPPOSITION").actor("أنقرة", "TUR");
        assertEquals(Role.BACKER, roleOf(h, "TUR"));
        assertEquals(Role.NONE, roleOf(h, "OPPOSITION"));
        HandBuilt p = new HandBuilt("دخلت القوات المدعومة من واشنطن بلدة الباغوز.").actor("واشنطن", "USA");
        assertEquals(Role.BACKER, roleOf(p, "USA"));
    }

    @Test
    void theAffiliationOfANamedSideIsNoOwnerOfTheMeans() {
        HandBuilt h = new HandBuilt("شنت قوات جيش الفتح التابع للمعارضة السورية المسلحة قصفا مدفعيا وصاروخيا على مواقع لقوات"
                + " النظام السوري في محيط بلدتي الفوعة وكفريا.")
                .actor("جيش الفتح", "JAISH_FATH").actor("للمعارضة السورية المسلحة", "OPPOSITION")
                .actor("قوات النظام السوري", "SYR_GOV");
        assertEquals(Role.BACKER, roleOf(h, "OPPOSITION"));
    }

    @Test
    void theOwnerOfUnnamedMeansStruck() {
        HandBuilt h = new HandBuilt("وأفاد المرصد عن إلقاء مروحيات تابعة للنظام براميل متفجرة على بلدة اليادودة.")
                .actor("للنظام", "SYR_GOV");
        assertEquals(Role.OWNER, roleOf(h, "SYR_GOV"));
    }

    @Test
    void aSideTheAttackersWereBackedByFoughtBesideThem() {
        // ant-sk-middleeast-298-20180314: "مدعومة بـ" names who fought beside the forces before it
        HandBuilt h = new HandBuilt(
                "وقالت مصادر عسكرية، إن قوات النظام السوري مدعومة بميليشيات إيرانية هجومًا بريًا على أطراف بلدة جسرين.")
                .actor("قوات النظام السوري", "SYR_GOV").actor("ميليشيات إيرانية", "IRN");
        assertEquals(Role.ASSOC, roleOf(h, "IRN"));
        assertEquals(Role.NONE, roleOf(h, "SYR_GOV"));
    }
}
