package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/** A village name that is also a dual noun is no place when a dual adjective follows it. */
class DualNounTest {
    private static final ToponymResolver R = new ToponymResolver(Gazetteer.load());

    private static List<String> places(String text) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Span all = new Span(0, text.length());
        Story story = new Story("t", 0, all, null, null, null, null, null, List.of(all), List.of(all), -1);
        return R.resolve(doc, story, all).stream().map(PlaceMention::locationAr).toList();
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
