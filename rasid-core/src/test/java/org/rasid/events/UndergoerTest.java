package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The subject of a verb of undergoing was hit by the attack told as its ل complement. */
class UndergoerTest {
    @Test
    void aTeamThatUnderwentFireWasHitNotTheShooter() {
        ActorAssignment a = new HandBuilt("وتعرضت دورية تابعة للأمم المتحدة لإطلاق نار قرب بلدة خان شيخون.")
                .actor("للأمم المتحدة", "UN").assign("إطلاق نار");
        assertNull(a.actor1());
        assertEquals("UN", a.actor2());
    }

    @Test
    void aSubjectBeforeTheVerbWasHitAndANamedStrikerStays() {
        ActorAssignment a = new HandBuilt("وقالت مصادر إن قوات النظام تعرضت لهجوم من قبل تنظيم الدولة في ريف حماة.")
                .actor("قوات النظام", "SYR_GOV").actor("تنظيم الدولة", "ISIS").assign("هجوم");
        assertEquals("ISIS", a.actor1());
        assertEquals("SYR_GOV", a.actor2());
    }

    @Test
    void anOwnedTeamBeforeTheVerbWasHit() {
        HandBuilt h = new HandBuilt("وأفادت المنظمة بأن فريق تفتيش تابع للأمم المتحدة تعرض لإطلاق نار قرب مدينة دوما.")
                .actor("للأمم المتحدة", "UN");
        assertEquals("UN", Undergoer.of(h.sentence, h.candidate("إطلاق نار").t(), h.roles(), HandBuilt.WORDS).id());
    }

    @Test
    void aNameWithLamBeforeTheVerbIsNoSubject() {
        HandBuilt h = new HandBuilt("وأوضح أن المنطقة الحدودية للعراق تعرضت مرارا لهجمات في البادية.")
                .actor("للعراق", "IRQ");
        assertNull(Undergoer.of(h.sentence, h.candidate("هجمات").t(), h.roles(), HandBuilt.WORDS));
    }

    @Test
    void theOwnerOfTheAttackAfterItIsTheStriker() {
        HandBuilt h = new HandBuilt("وتعرضت بلدة اللطامنة لقصف قوات النظام صباح اليوم.").actor("قوات النظام", "SYR_GOV");
        assertNull(Undergoer.of(h.sentence, h.candidate("قصف").t(), h.roles(), HandBuilt.WORDS));
    }
}
