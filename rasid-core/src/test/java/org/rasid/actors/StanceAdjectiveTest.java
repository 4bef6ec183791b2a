package org.rasid.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceAdjectiveTest {
    private static List<String> ids(String text) {
        return ActorRecognizerTest.found(text).stream().map(s -> s.substring(0, s.indexOf('='))).toList();
    }

    @Test
    void whatAGroupOpposesIsNoSideOfItsAct() {
        List<String> ids = ids("قصفت الفصائل المقاتلة المعارضة للنظام السوري قريتين محاصرتين في ريف إدلب");
        assertTrue(ids.contains("OPPOSITION"), ids.toString());
        assertFalse(ids.contains("SYR_GOV"), ids.toString());
        assertFalse(ids("هاجمت فصائل مناهضة للنظام حاجزا في ريف حمص").contains("SYR_GOV"));
        // a stance takes ل: an actor right after the adjective without it is the object of the act
        assertTrue(ids("طردت الفصائل المعارضة قوات النظام من قرية في ريف حماة").contains("SYR_GOV"));
    }

    @Test
    void gunmenLoyalToTheGovernmentAreItsForces() {
        List<String> ids = ids("قتل خمسة من المسلحين الموالين للنظام في اشتباكات بريف حماة");
        assertFalse(ids.contains("OPPOSITION"), ids.toString());
        assertTrue(ids.contains("SYR_GOV"), ids.toString());
        List<String> joined = ids("قتل سبعة عناصر من قوات النظام والمسلحين الموالين لها في ريف درعا");
        assertFalse(joined.contains("OPPOSITION"), joined.toString());
    }

    @Test
    void factionsLoyalToAForeignStateKeepTheirName() {
        List<String> ids = ids("سيطرت القوات التركية والفصائل الموالية لها على قرية في ريف حلب");
        assertTrue(ids.contains("OPPOSITION"), ids.toString());
    }
}
