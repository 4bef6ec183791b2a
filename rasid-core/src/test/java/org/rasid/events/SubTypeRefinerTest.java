package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubTypeRefinerTest {
    private static Coding refine(HandBuilt h, String trigger, String actor1, String actor2) {
        return new SubTypeRefiner(h.args()).refine(h.sentence, h.candidate(trigger),
                new ActorAssignment(null, null, actor1, actor2, List.of()));
    }

    @Test
    void violenceAgainstProtestersIsExcessiveForceWithItsCameoRoot() {
        HandBuilt h = new HandBuilt("أطلقت قوات النظام الرصاص على المتظاهرين في مدينة درعا وقتلت اثنين منهم.");
        Coding c = refine(h, "قتلت", "SYR_GOV", "CIVILIANS");
        assertEquals("Protests", c.type());
        assertEquals("Excessive force against protesters", c.sub());
        assertEquals("17", c.cameo());
    }

    @Test
    void fireOnAnUnarmedBodyIsViolenceAgainstCivilians() {
        HandBuilt h = new HandBuilt("وتعرضت دورية تابعة للأمم المتحدة لإطلاق نار قرب بلدة خان شيخون.");
        Coding c = refine(h, "إطلاق نار", null, "UN");
        assertEquals("Violence against civilians", c.type());
        assertEquals("Attack", c.sub());
    }

    @Test
    void aHandoverUnderADealIsAnAgreement() {
        HandBuilt h = new HandBuilt("انسحبت فصائل المعارضة من بلدة بصرى الشام بموجب اتفاق مع الجانب الروسي.");
        Candidate c = h.candidate("انسحبت");
        assertEquals("Non-violent transfer of territory", c.sub());
        Coding coding = new SubTypeRefiner(h.args()).refine(h.sentence, c,
                new ActorAssignment(null, null, "OPPOSITION", null, List.of()));
        assertEquals("Agreement", coding.sub());
        assertEquals("05", coding.cameo());
    }

    @Test
    void withoutAConditionTheTriggersOwnClassStays() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي.");
        Candidate c = h.candidate("قصفت");
        Coding coding = refine(h, "قصفت", "SYR_GOV", null);
        assertEquals(c.sub(), coding.sub());
        assertEquals(c.cameo(), coding.cameo());
    }

    @Test
    void aCaptureThatFollowedFromADealIsATransfer() {
        // ant-sk-middleeast-2929-20180716 (dev): the towns joined the settlement; gold codes Non-violent transfer
        HandBuilt h = new HandBuilt("وقال مدير المرصد السوري لحقو الإنسان، رامي عبد الرحمن، إن \"قوات النظام السوري سيطرت على بلدات"
                + " الحارة وسملين وزمرين\" بعد موافقة الفصائل المعارضة فيها على الاتفاق الذي ينص على دخول مؤسسات الدولة"
                + " وتسليم المقاتلين سلاحهم الثقيل والمتوسط.");
        Coding c = refine(h, "سيطرت", "SYR_GOV", "OPPOSITION");
        assertEquals("Strategic developments", c.type());
        assertEquals("Non-violent transfer of territory", c.sub());
        assertEquals("08", c.cameo());
    }

    @Test
    void aCaptureAfterFightingThoseWhoRefusedTheDealStaysACapture() {
        // ant-sk-middleeast-2929-20180716 (dev): gold codes Government regains territory at الطيحة
        HandBuilt h = new HandBuilt("وسيطرت قوات النظام أيضاً على بلدة الطيحة لكن إثر معارك مع مقاتلين معارضين رافضين للتسوية.");
        Coding c = refine(h, "سيطرت", "SYR_GOV", "OPPOSITION");
        assertEquals("Government regains territory", c.sub());
    }

    @Test
    void aShellingByTheAirForceIsAnAirStrike() {
        // snn-2015-07-23-977 (dev): gold codes the Syrian air force's shelling of الزبداني an air strike
        HandBuilt h = new HandBuilt("وقال دي ميستورا إن سلاح الجو السوري قصف مناطق في الزبداني وحولها.");
        Coding c = refine(h, "قصف", "SYR_GOV", null);
        assertEquals("Explosions/Remote violence", c.type());
        assertEquals("Air/drone strike", c.sub());
    }

    @Test
    void aShellingByGunsAndAircraftStaysAShelling() {
        HandBuilt h = new HandBuilt("وقصفت قوات النظام بالمدفعية والطيران الحربي بلدة كفرنبل في ريف إدلب الجنوبي.");
        Coding c = refine(h, "قصفت", "SYR_GOV", null);
        assertEquals("Shelling/artillery/missile attack", c.sub());
    }
}
