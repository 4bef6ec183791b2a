package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelativeSourceTest {
    private static RoledActor roled(HandBuilt h, String id) {
        for (RoledActor r : h.roles()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void whoAnnouncedTheDealBeforeIsNoSideOfTheAttack() {
        HandBuilt h = new HandBuilt("وقصفت قوات النظام مدينة حرستا بعد انهيار اتفاق تهدئة أعلنته روسيا الأسبوع الماضي.")
                .actor("قوات النظام", "SYR_GOV").actor("روسيا", "RUS");
        assertTrue(RelativeSource.names(h.sentence, roled(h, "RUS"), HandBuilt.WORDS));
        ActorAssignment a = assign(h, "قصفت");
        assertEquals("SYR_GOV", a.actor1());
        assertTrue(!"RUS".equals(a.actor2()), String.valueOf(a.actor2()));
    }

    @Test
    void whoClaimedTheAttackIsNoMereSource() {
        HandBuilt h = new HandBuilt("وأدانت الحكومة الهجوم الذي تبنته جبهة النصرة على حاجز للجيش.")
                .actor("جبهة النصرة", "NUSRA");
        assertFalse(RelativeSource.names(h.sentence, roled(h, "NUSRA"), HandBuilt.WORDS));
    }

    private static ActorAssignment assign(HandBuilt h, String trigger) {
        return h.assign(trigger);
    }
}
