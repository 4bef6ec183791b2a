package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;

/** A village name that is also a dual noun is no place when a dual adjective follows it. */
class DualNounTest {
    private static List<String> places(String text) {
        return PlacesOfText.of(text);
    }

    @Test
    void aDualNounWithItsAdjectiveIsNoPlace() {
        assertEquals(List.of(ArabicNormalizer.normalizeTerm("الرقة")),
                places("دمرت الغارات جسرين رئيسيين على نهر الفرات قرب الرقة"));
    }

    @Test
    void theVillageNamedOrWithoutAnAdjectiveStaysAPlace() {
        assertEquals(List.of(ArabicNormalizer.normalizeTerm("جسرين")), places("قصفت قوات النظام بلدة جسرين صباح اليوم"));
        assertEquals(List.of(ArabicNormalizer.normalizeTerm("جسرين")), places("سقطت قذائف على جسرين صباح اليوم"));
    }
}
