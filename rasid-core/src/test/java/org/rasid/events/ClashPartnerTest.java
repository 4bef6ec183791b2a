package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClashPartnerTest {
    private static String partner(HandBuilt h, String trigger, String actor1) {
        RoledActor a = ClashPartner.of(h.sentence, h.candidate(trigger).t(), h.roles(), actor1, HandBuilt.WORDS);
        return a == null ? null : a.id();
    }

    @Test
    void theSideAfterMaaBehindAClashNoun() {
        HandBuilt h = new HandBuilt("سيطرت فصائل المعارضة على تل الخضر في ريف حماة الشمالي إثر معارك عنيفة مع قوات النظام.")
                .actor("فصائل المعارضة", "OPPOSITION").actor("قوات النظام", "SYR_GOV");
        assertEquals("SYR_GOV", partner(h, "سيطرت", "OPPOSITION"));
    }

    @Test
    void aFewWordsMayStandBetweenTheNounAndMaa() {
        HandBuilt h = new HandBuilt("تقدمت وحدات الحماية في حي غويران بعد اشتباكات طاحنة خاضتها الوحدات مع تنظيم الدولة.")
                .actor("وحدات الحماية", "YPG").actor("تنظيم الدولة", "ISIS");
        assertEquals("ISIS", partner(h, "اشتباكات", "YPG"));
    }

    @Test
    void maaWithoutAClashNounIsNoSide() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرزيتا بالتنسيق مع الطيران الروسي.")
                .actor("قوات النظام", "SYR_GOV").actor("الطيران الروسي", "RUS");
        assertNull(partner(h, "قصفت", "SYR_GOV"));
    }

    @Test
    void actor1IsNeverItsOwnPartner() {
        HandBuilt h = new HandBuilt("دارت مواجهات مع قوات النظام في محيط مدينة درعا.")
                .actor("قوات النظام", "SYR_GOV");
        assertNull(partner(h, "مواجهات", "SYR_GOV"));
    }
}
