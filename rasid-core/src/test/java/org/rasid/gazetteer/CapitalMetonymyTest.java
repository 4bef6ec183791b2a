package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;

/** Capitals named for their governments are no places; the city after a locative word is. */
class CapitalMetonymyTest {
    private static List<String> places(String text) {
        return PlacesOfText.of(text);
    }

    private static String n(String name) {
        return ArabicNormalizer.normalizeTerm(name);
    }

    @Test
    void aCapitalThatActsOrIsActedOnIsItsGovernment() {
        assertEquals(List.of(n("ريف حماة الشمالي")), places("حذرت واشنطن دمشق من شن هجوم على ريف حماة الشمالي"));
        assertEquals(List.of(), places("قتل عشرة من المقاتلين الموالين لطهران في غارة ليلية"));
        assertEquals(List.of(), places("وتوترت العلاقات بين أنقرة وموسكو بعد إسقاط الطائرة"));
        assertEquals(List.of(), places("يزور وفد الفصائل المدعومة من واشنطن المنطقة الأسبوع المقبل"));
    }

    @Test
    void aCapitalAfterALocativeWordIsTheCity() {
        assertEquals(List.of(n("دمشق")), places("سقطت قذائف هاون على دمشق صباح الخميس"));
        assertEquals(List.of(n("موسكو")), places("وصل وزير الخارجية إلى موسكو مساء الاثنين"));
        assertEquals(List.of(n("دمشق")), places("انفجرت سيارة مفخخة بدمشق أمس"));
        assertEquals(List.of(n("بيروت")), places("زار المبعوث الأممي بيروت أمس"));
        assertEquals(List.of(n("دمشق")), places("يزور وفد من المجلس الذي تدعمه واشنطن، دمشق للمرة الأولى"));
        assertEquals(List.of(n("الرياض")), places("زار المبعوث الأممي الرياض، واتهم طهران بعرقلة الحل"),
                "the visit ends at the comma");
    }

    @Test
    void aCapitalWhereSomethingHappenedOrAfterItsNounAndAdjectiveIsTheCity() {
        assertEquals(List.of(n("دمشق")), places("هزت انفجارات عنيفة دمشق فجر السبت"));
        assertEquals(List.of(n("عمان")), places("تظاهر المئات في العاصمة الأردنية عمان مساء الجمعة"));
    }

    @Test
    void aCapitalOpeningADatelineOrListedAfterAPlaceIsTheCity() {
        assertTrue(places("دمشق - قالت مصادر محلية إن الهدوء عاد").contains(n("دمشق")));
        assertEquals(List.of(n("حمص"), n("دمشق")), places("تظاهر المئات في حمص ودمشق يوم الجمعة"));
    }
}
