package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A military site struck is the government's, unless the striker fights beside it or the site only locates. */
class AttackedSiteTest {
    @Test
    void aForeignStrikeOnAnAirbaseHitTheGovernment() {
        ActorAssignment a = new HandBuilt("وقصفت طائرات إسرائيلية فجر الأحد مطار المزة العسكري غرب العاصمة.")
                .actor("طائرات إسرائيلية", "ISR").assign("قصفت");
        assertEquals("ISR", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void rebelsStormingABarracksFightTheGovernment() {
        ActorAssignment a = new HandBuilt("وهاجمت فصائل المعارضة ليلا ثكنة في ريف حماة الشمالي.")
                .actor("فصائل المعارضة", "OPPOSITION").assign("هاجمت");
        assertEquals("OPPOSITION", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void anAllyStrikingAMilitarySiteHitsSomeoneElse() {
        ActorAssignment a = new HandBuilt("وقصفت طائرات روسية مواقع عسكرية في ريف إدلب الجنوبي.")
                .actor("طائرات روسية", "RUS").assign("قصفت");
        assertEquals("RUS", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void aSiteAfterADirectionOnlyLocatesTheStrike() {
        ActorAssignment a = new HandBuilt("وقصفت طائرات إسرائيلية منطقة قرب مطار دمشق الدولي.")
                .actor("طائرات إسرائيلية", "ISR").assign("قصفت");
        assertEquals("ISR", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void theOwnerNamedAfterALongListOfObjectsHitWasHit() {
        ActorAssignment a = new HandBuilt("ونفذت طائرات التحالف تسع ضربات قرب الرقة استهدفت ثلاث وحدات تكتيكية "
                + "ومواقع قتالية وسيارات وجسرا ومستودعا للذخيرة لتنظيم داعش.")
                .actor("طائرات التحالف", "COALITION").actor("تنظيم داعش", "ISIS").assign("ضربات");
        assertEquals("COALITION", a.actor1());
        assertEquals("ISIS", a.actor2());
    }

    @Test
    void anOwnerWhoseLamMergedWithTheArticleWasHitToo() {
        ActorAssignment a = new HandBuilt("ونفذت طائرات التحالف تسع ضربات قرب الرقة استهدفت ثلاث وحدات تكتيكية "
                + "ومواقع قتالية وسيارات وجسرا ومقرا للقيادة للتنظيم.")
                .actor("طائرات التحالف", "COALITION").actor("للتنظيم", "ISIS").assign("ضربات");
        assertEquals("ISIS", a.actor2());
    }

    @Test
    void aSideFarAfterTheStrikeOwningNoObjectHitIsNoTarget() {
        ActorAssignment a = new HandBuilt("ونفذت طائرات التحالف تسع ضربات قرب الرقة أمس وسط تحليق مكثف فوق "
                + "الأحياء الشرقية بعد ساعات من إعلان مقتل مسؤول كبير لتنظيم داعش.")
                .actor("طائرات التحالف", "COALITION").actor("تنظيم داعش", "ISIS").assign("ضربات");
        assertEquals("COALITION", a.actor1());
        assertNull(a.actor2());
    }
}
