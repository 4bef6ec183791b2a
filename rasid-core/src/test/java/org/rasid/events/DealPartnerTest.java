package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DealPartnerTest {
    private static String partner(HandBuilt h, String trigger, String actor1) {
        return DealPartner.of(h.sentence, h.trigger(trigger), h.roles(), actor1, h.args(), HandBuilt.WORDS);
    }

    @Test
    void theSideAfterMaaOfADealNounIsTheOtherParty() {
        HandBuilt h = new HandBuilt("أعلنت هيئة تحرير الشام التوصل إلى اتفاق مع الجانب الروسي بشأن معبر البلدة.")
                .actor("هيئة تحرير الشام", "HTS").actor("الجانب الروسي", "RUS");
        assertEquals("RUS", partner(h, "اتفاق", "HTS"));
    }

    @Test
    void aRebelGroupsLocalDealIsWithTheGovernment() {
        HandBuilt h = new HandBuilt("وبدأ مقاتلو هيئة تحرير الشام الخروج من بلدة الهبيط بموجب اتفاق إجلاء.")
                .actor("هيئة تحرير الشام", "HTS");
        assertEquals("SYR_GOV", partner(h, "إجلاء", "HTS"));
    }

    @Test
    void theGovernmentsDealWithNoGroupNamedIsWithTheFactions() {
        HandBuilt h = new HandBuilt("وأعلنت قوات النظام التوصل إلى اتفاق لإخراج المسلحين من بلدة الهبيط.")
                .actor("قوات النظام", "SYR_GOV");
        assertEquals("OPPOSITION", partner(h, "اتفاق", "SYR_GOV"));
    }

    @Test
    void aForeignStatesDealGetsNoPresumedParty() {
        HandBuilt h = new HandBuilt("وأعلنت روسيا التوصل إلى اتفاق لإخراج المسلحين من بلدة الهبيط.")
                .actor("روسيا", "RUS");
        assertNull(partner(h, "اتفاق", "RUS"));
        assertNull(partner(h, "اتفاق", null));
    }
}
