package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConjoinedActorsTest {
    /** The partners of the first mention of actor1, for the trigger word given. */
    private static List<String> partners(HandBuilt h, String trigger, String actor1) {
        RoledActor a1 = h.roles().stream().filter(a -> a.id().equals(actor1)).findFirst().orElseThrow();
        return ConjoinedActors.partners(h.sentence, h.trigger(trigger), a1, h.roles()).stream()
                .map(RoledActor::id).toList();
    }

    @Test
    void aSubjectJoinedByWawActsWithActor1() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام وروسيا وإيران، الأحد، بلدة الهبيط بريف إدلب.")
                .actor("قوات النظام", "SYR_GOV").actor("روسيا", "RUS").actor("إيران", "IRN");
        assertEquals(List.of("RUS", "IRN"), partners(h, "قصفت", "SYR_GOV"));
    }

    @Test
    void aJoinedSubjectRightBeforeTheVerbNamesActor1() {
        HandBuilt h = new HandBuilt("قال البيت الأبيض إن ترامب وماي تعهدا برد حازم على استخدام الغازات السامة.")
                .actor("البيت الأبيض", "USA").actor("ترامب", "USA").actor("ماي", "GBR");
        assertEquals(List.of("GBR"), partners(h, "برد", "USA"), "the pledge is theirs, named right before it");
    }

    @Test
    void anObjectPhraseIsNoPartner() {
        HandBuilt h = new HandBuilt("اتهمت فرنسا روسيا وإيران بعرقلة التحقيق في مجلس الأمن.")
                .actor("فرنسا", "FRA").actor("روسيا", "RUS").actor("إيران", "IRN");
        assertTrue(partners(h, "اتهمت", "FRA").isEmpty(), "روسيا وإيران are the accused, after the subject");
    }

    @Test
    void aTargetPhraseIsNoPartner() {
        HandBuilt h = new HandBuilt("شنت الفصائل هجوما على قوات النظام وحزب الله في ريف حلب.")
                .actor("الفصائل", "OPPOSITION").actor("قوات النظام", "SYR_GOV").actor("حزب الله", "HEZBOLLAH");
        assertTrue(partners(h, "هجوما", "SYR_GOV").isEmpty(), "على marks both as the side attacked");
    }

    @Test
    void theSidesAfterBaynFaceEachOther() {
        HandBuilt h = new HandBuilt("تجددت الاشتباكات بين قوات النظام والفصائل المعارضة في محيط بلدة كفرنبودة.")
                .actor("قوات النظام", "SYR_GOV").actor("الفصائل المعارضة", "OPPOSITION");
        assertTrue(partners(h, "الاشتباكات", "SYR_GOV").isEmpty());
    }

    @Test
    void aCommaOrAnotherWordBreaksThePhrase() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرنبل، وروسيا تنفي مشاركتها.")
                .actor("قوات النظام", "SYR_GOV").actor("روسيا", "RUS");
        assertTrue(partners(h, "قصفت", "SYR_GOV").isEmpty());
    }
}
