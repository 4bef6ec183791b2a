package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacedTollsTest {
    private static List<Integer> tollAt(HandBuilt h, int place) {
        List<Arguments.Place> places = h.places;
        return PlacedTolls.at(h.sentence, h.counts, places, places.get(place)).stream()
                .map(Arguments.Count::count).toList();
    }

    @Test
    void eachPlaceOfAListTakesTheCountToldBeforeIt() {
        HandBuilt h = new HandBuilt("وقصف الطيران قريتي التمانعة وخان شيخون، ما أدى لمقتل أربعة مدنيين في التمانعة، وستة في خان شيخون.")
                .village("التمانعة", "gn:1", "SY-ID").count("أربعة مدنيين", "killed", 4, "CIVILIANS")
                .count("وستة", "killed", 6, null);
        h.places.add(new Arguments.Place(h.span("خان شيخون", 1), "خان شيخون", "gn:2", "SY-ID", null, null, null, 1, 1));
        h.places.set(0, new Arguments.Place(h.span("التمانعة", 1), "التمانعه", "gn:1", "SY-ID", null, null, null, 1, 1));
        assertEquals(List.of(4), tollAt(h, 0));
        assertEquals(List.of(6), tollAt(h, 1));
    }

    @Test
    void oneCountWithAPlaceIsTheWholeToll() {
        HandBuilt h = new HandBuilt("وقتل خمسة مدنيين في بلدة سراقب وأصيب عشرة آخرون جراء الغارات.")
                .village("سراقب", "gn:3", "SY-ID").count("خمسة مدنيين", "killed", 5, "CIVILIANS")
                .count("عشرة آخرون", "injured", 10, null);
        assertEquals(List.of(5, 10), tollAt(h, 0));
    }

    private static List<Integer> tollOfListAt(HandBuilt h, int place) {
        List<Arguments.Place> places = h.places;
        return PlacedTolls.at(h.sentence, h.counts, places, places, places.get(place)).stream()
                .map(Arguments.Count::count).toList();
    }

    @Test
    void aTollToldForAListOfPlacesGoesToTheFirst() {
        // ant-fr-internationalnews-473-20180317
        HandBuilt h = new HandBuilt("كثف الجيش السوري الجمعة غاراته الجوية على جيوب تسيطر عليها المعارضة المسلحة في الغوطة الشرقية، "
                + "موقعا 80 قتيلا مدنيا على الأقل في بلدتي كفربطنا وسقبا، وفق المرصد السوري لحقوق الإنسان.")
                .village("كفربطنا", "gn:1", "SY-RD").village("سقبا", "gn:2", "SY-RD")
                .count("80 قتيلا مدنيا", "killed", 80, "CIVILIANS");
        assertEquals(List.of(80), tollOfListAt(h, 0));
        assertEquals(List.of(), tollOfListAt(h, 1));
    }
}
