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
}
