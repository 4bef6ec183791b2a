package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<String> found(PhraseMatcher<String> m, String original) {
        NormalizedText n = ArabicNormalizer.normalize(original);
        return m.find(n.text()).stream()
                .map(x -> x.values().get(0) + "=" + n.toOriginal(x.start(), x.end()).of(original))
                .toList();
    }

    @Test
    void matchesThroughCliticsAndVariantsAndMapsBack() {
        PhraseMatcher<String> m = new PhraseMatcher<>(false);
        m.add("درعا", "daraa");
        m.add("درعا البلد", "daraa-balad");
        m.add("إدلب", "idlib");
        m.add("ريف إدلب الجنوبي", "idlib-south");
        m.add("قوات النظام", "SYR_GOV");
        assertEquals(List.of("daraa-balad=درعا البلد", "daraa=درعا"),
                found(m, "دخلت الشرطة إلى درعا البلد ثم بدرعا"));
        assertEquals(List.of("idlib=إدلب", "idlib-south=ريف إدلب الجنوبي"),
                found(m, "وإدلب، وبريف إدلب الجنوبي"));
        assertEquals(List.of("SYR_GOV=قوات النظام"), found(m, "ولقوات النظام"));
    }

    @Test
    void articleInLexiconIsRequiredInText() {
        PhraseMatcher<String> m = new PhraseMatcher<>(false);
        m.add("الباب", "al-bab");
        assertTrue(found(m, "فتح باب المفاوضات").isEmpty());
        assertEquals(List.of("al-bab=الباب"), found(m, "في مدينة بالباب"));
    }

    @Test
    void pronounSuffixesForTriggers() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("قصف", "shelling");
        assertEquals(List.of("shelling=قصفها"), found(m, "واشتد قصفها"));
    }
}
