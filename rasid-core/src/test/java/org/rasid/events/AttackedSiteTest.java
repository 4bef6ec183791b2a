package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A military site struck is the government's, unless the striker fights beside it or the site only locates. */
class AttackedSiteTest {
    private static ActorAssignment assign(HandBuilt h, String trigger) {
        Candidate c = h.candidate(trigger);
        List<Arguments.Count> own = TollAssigner.countsOf(h.sentence, c.t(), List.of(c), h.counts);
        return new ActorAssigner(h.args(), HandBuilt.WORDS).assign(h.sentence, c, h.roles(), own);
    }

    @Test
    void aForeignStrikeOnAnAirbaseHitTheGovernment() {
        ActorAssignment a = assign(new HandBuilt("وقصفت طائرات إسرائيلية فجر الأحد مطار المزة العسكري غرب العاصمة.")
                .actor("طائرات إسرائيلية", "ISR"), "قصفت");
        assertEquals("ISR", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void rebelsStormingABarracksFightTheGovernment() {
        ActorAssignment a = assign(new HandBuilt("وهاجمت فصائل المعارضة ليلا ثكنة في ريف حماة الشمالي.")
                .actor("فصائل المعارضة", "OPPOSITION"), "هاجمت");
        assertEquals("OPPOSITION", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void anAllyStrikingAMilitarySiteHitsSomeoneElse() {
        ActorAssignment a = assign(new HandBuilt("وقصفت طائرات روسية مواقع عسكرية في ريف إدلب الجنوبي.")
                .actor("طائرات روسية", "RUS"), "قصفت");
        assertEquals("RUS", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void aSiteAfterADirectionOnlyLocatesTheStrike() {
        ActorAssignment a = assign(new HandBuilt("وقصفت طائرات إسرائيلية منطقة قرب مطار دمشق الدولي.")
                .actor("طائرات إسرائيلية", "ISR"), "قصفت");
        assertEquals("ISR", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void theOwnerNamedAfterALongListOfObjectsHitWasHit() {
        ActorAssignment a = assign(new HandBuilt("ونفذت طائرات التحالف تسع ضربات قرب الرقة استهدفت ثلاث وحدات تكتيكية "
                + "ومواقع قتالية وسيارات وجسرا ومستودعا للذخيرة لتنظيم داعش.")
                .actor("طائرات التحالف", "COALITION").actor("تنظيم داعش", "ISIS"), "ضربات");
        assertEquals("COALITION", a.actor1());
        assertEquals("ISIS", a.actor2());
    }

    @Test
    void anOwnerWhoseLamMergedWithTheArticleWasHitToo() {
        ActorAssignment a = assign(new HandBuilt("ونفذت طائرات التحالف تسع ضربات قرب الرقة استهدفت ثلاث وحدات تكتيكية "
                + "ومواقع قتالية وسيارات وجسرا ومقرا للقيادة للتنظيم.")
                .actor("طائرات التحالف", "COALITION").actor("للتنظيم", "ISIS"), "ضربات");
        assertEquals("ISIS", a.actor2());
    }

    @Test
    void aSideFarAfterTheStrikeOwningNoObjectHitIsNoTarget() {
        ActorAssignment a = assign(new HandBuilt("ونفذت طائرات التحالف تسع ضربات قرب الرقة أمس وسط تحليق مكثف فوق "
                + "الأحياء الشرقية بعد ساعات من إعلان مقتل مسؤول كبير لتنظيم داعش.")
                .actor("طائرات التحالف", "COALITION").actor("تنظيم داعش", "ISIS"), "ضربات");
        assertEquals("COALITION", a.actor1());
        assertNull(a.actor2());
    }
}
