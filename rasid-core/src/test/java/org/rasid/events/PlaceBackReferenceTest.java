package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.Span;

class PlaceBackReferenceTest {
    private static final PlaceBackReference BACK = new PlaceBackReference(HandBuilt.WORDS);

    private static List<Arguments.Place> add(HandBuilt h) {
        return BACK.add(h.sentence.doc, new Span(0, h.text.length()), h.places);
    }

    @Test
    void theTownRefersBackToTheTownJustNamed() {
        HandBuilt h = new HandBuilt("اعتقلت الشرطة عناصر في بلدة بيبلا جنوب العاصمة دمشق أثناء سرقتهم منازل في البلدة.")
                .village("بيبلا", "p1", "SY-RD");
        List<Arguments.Place> all = add(h);
        assertEquals(2, all.size());
        Arguments.Place back = all.get(1);
        assertEquals("بيبلا", back.locationAr());
        assertEquals(h.span("البلدة"), back.span());
    }

    @Test
    void aGovernorateIsNoReferent() {
        HandBuilt h = new HandBuilt("تواصلت الاشتباكات في ريف إدلب وقصفت الطائرات المدينة بالصواريخ.")
                .area("إدلب", "g1", "SY-ID");
        assertEquals(1, add(h).size());
    }

    @Test
    void aNounBeforeANameIsNoBackReference() {
        HandBuilt h = new HandBuilt("قصفت الطائرات بلدة كفرنبل ثم قصفت المدينة معرة النعمان بالصواريخ.")
                .village("كفرنبل", "p1", "SY-ID").village("معرة النعمان", "p2", "SY-ID");
        assertEquals(2, add(h).size());
    }

    @Test
    void aNounAfterADirectionOrInAGenitiveLocatesSomethingElse() {
        HandBuilt h = new HandBuilt("سيطرت القوات على بلدة الزبداني ثم على السهل الواقع جنوب المدينة ومن الجهة الشرقية للمدينة.")
                .village("الزبداني", "p1", "SY-RD");
        assertEquals(1, add(h).size());
    }

    @Test
    void theNearestTownNamedBefore() {
        HandBuilt h = new HandBuilt("قصفت الطائرات الزبداني ودارت اشتباكات في محيط بلدة عتمان وسط قصف جوي على البلدة.")
                .village("الزبداني", "p1", "SY-RD").village("عتمان", "p2", "SY-DR");
        assertEquals("عتمان", add(h).get(2).locationAr());
    }

    @Test
    void aTownNamedNearIsStillTheReferentButARegionIsNot() {
        HandBuilt h = new HandBuilt("دارت اشتباكات في مدينة درعا وفي محيط بلدة عتمان بريف درعا وسط قصف جوي على البلدة.");
        h.places.add(HandBuilt.place(h.span("درعا"), "درعا", "p1", "SY-DR", 1));
        h.places.add(new Arguments.Place(h.span("عتمان"), "عتمان", "p2", "SY-DR", "درعا", 32.7, 36.1, 2, 1.0));
        h.places.add(HandBuilt.place(h.span("ريف درعا"), "ريف درعا", "g1", "SY-DR", 2));
        assertEquals("عتمان", add(h).get(3).locationAr());
    }

    @Test
    void aCityAfterItsNameIsNoBackReference() {
        HandBuilt h = new HandBuilt("تقهقرت قوات النظام داخل أحياء درعا المدينة خلال المعارك.")
                .village("درعا", "p1", "SY-DR");
        assertEquals(1, add(h).size());
    }

    @Test
    void theOldCityIsAQuarterNotABackReference() {
        HandBuilt h = new HandBuilt("تسيطر قوات النظام على بلدة عتمان وتتواجد الفصائل في المدينة القديمة جنوب درعا.")
                .village("عتمان", "p1", "SY-DR");
        assertEquals(1, add(h).size());
    }

    @Test
    void readsTheNounWithItsProclitics() {
        assertTrue(BACK.isBackNoun("بالبلده"));
        assertTrue(BACK.isBackNoun("وبالمدينه"));
        assertFalse(BACK.isBackNoun("بلده"));
        assertFalse(BACK.isBackNoun("للمدينه"));
        assertFalse(BACK.isBackNoun("المدينه".substring(2)));
        // only و or ف, then ب, may stand before the article: not ك, not ب before و
        assertTrue(BACK.isBackNoun("فبالبلده"));
        assertTrue(BACK.isBackNoun("والبلده"));
        assertFalse(BACK.isBackNoun("كالبلده"));
        assertFalse(BACK.isBackNoun("بوالبلده"));
    }
}
