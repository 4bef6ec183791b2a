package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AccusedTest {
    @Test
    void theSideAccusedWithLamStruck() {
        ActorAssignment a = new HandBuilt("وعقد مجلس الأمن جلسة طارئة بعد اتهام دمشق لأنقرة بتنفيذ قصف على بلدة تل رفعت.")
                .actor("دمشق", "SYR_GOV").actor("أنقرة", "TUR").assign("قصف");
        assertEquals("TUR", a.actor1());
    }

    @Test
    void aPronounOnTheAccusationLeavesNoStrikerInTheSentence() {
        ActorAssignment a = new HandBuilt("وكانت الدول الثلاث قد فرضت عقوبات على دمشق وموسكو إثر اتهامها بقصف المدينة بغازات سامة.")
                .actor("موسكو", "RUS").assign("قصف");
        assertNull(a.actor1());
    }

    @Test
    void theAccusedAsTheNounsGenitive() {
        ActorAssignment a = new HandBuilt("وجاء الاجتماع الذي دعت إليه فرنسا عقب اتهام النظام السوري بشن هجوم كيماوي على دوما.")
                .actor("فرنسا", "FRA").actor("النظام السوري", "SYR_GOV").assign("شن هجوم");
        assertEquals("SYR_GOV", a.actor1());
    }
}
