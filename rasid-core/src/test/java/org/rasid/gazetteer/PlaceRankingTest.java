package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceRankingTest {
    // two homonyms: a village in Idlib and a town in Lebanon; Idlib the governorate
    private static final Place IDLIB_VILLAGE = new Place("sy:t1", "تل عمار", null, "village", "SY-ID", null, 35.9, 36.6, 0,
            "curated");
    private static final Place LEBANESE_TOWN = new Place("gn:1", "تل عمار", null, "town", "LB", null, 33.9, 35.5, 12_000,
            "geonames:1");
    private static final Place IDLIB = new Place("adm1:SY-ID", "إدلب", null, "governorate", "SY-ID", null, 35.93, 36.63, 0,
            "curated");

    private static PlaceClues clues(String kind, boolean countryside, String anchorAdmin1, String section) {
        return new PlaceClues(kind, countryside, anchorAdmin1, null, section, null, a -> 0);
    }

    @Test
    void homeCountryOutranksANeighbourWithoutOtherEvidence() {
        PlaceClues none = clues(null, false, null, null);
        assertEquals(PlaceRanking.HOME_COUNTRY, PlaceRanking.score(IDLIB_VILLAGE, none), 1e-9);
        assertEquals(PlaceRanking.NEIGHBOUR_COUNTRY + Math.log10(12_001), PlaceRanking.score(LEBANESE_TOWN, none), 1e-9);
    }

    @Test
    void aPhrasePointingAtAGovernorateDecides() {
        // "تل عمار بريف لبنان" is not said; "بريف إدلب" is: the Idlib village gains, the other loses
        PlaceClues idlib = clues("village", false, "SY-ID", null);
        assertTrue(PlaceRanking.score(IDLIB_VILLAGE, idlib) - PlaceRanking.score(LEBANESE_TOWN, idlib) > 100);
        assertEquals(PlaceRanking.ANCHOR_OTHER_GOVERNORATE, PlaceRanking.anchorGovernorate(LEBANESE_TOWN, idlib));
    }

    @Test
    void kindWordsSectionsAndCountryside() {
        assertEquals(PlaceRanking.KIND_FITS, PlaceRanking.kindCue(IDLIB_VILLAGE, clues("town", false, null, null)));
        assertEquals(PlaceRanking.KIND_CONTRADICTS_AREA, PlaceRanking.kindCue(IDLIB, clues("village", false, null, null)));
        assertEquals(PlaceRanking.BARE_PROVINCE_OR_COUNTRY, PlaceRanking.kindCue(IDLIB, clues(null, false, null, null)));
        assertEquals(PlaceRanking.COUNTRYSIDE_GOVERNORATE, PlaceRanking.countryside(IDLIB, clues(null, true, null, null)));
        assertEquals(0, PlaceRanking.countryside(IDLIB_VILLAGE, clues(null, true, null, null)));
        assertEquals(PlaceRanking.SECTION_GOVERNORATE, PlaceRanking.section(IDLIB_VILLAGE, clues(null, false, null, "SY-ID")));
        PlaceClues manyVotes = new PlaceClues(null, false, null, null, null, null, a -> 9);
        assertEquals(PlaceRanking.VOTES_MAX, PlaceRanking.votes(IDLIB_VILLAGE, manyVotes));
    }

    @Test
    void distanceToThePlacePointedAt() {
        PlaceClues nearIdlib = new PlaceClues(null, false, null, new Place("sy:c", "إدلب", null, "city", "SY-ID", null,
                35.93, 36.63, 0, "curated"), null, null, a -> 0);
        double km = IDLIB_VILLAGE.kmTo(35.93, 36.63);
        assertEquals((PlaceRanking.ANCHOR_NEAR_KM - km) / PlaceRanking.ANCHOR_KM_PER_POINT,
                PlaceRanking.anchorDistance(IDLIB_VILLAGE, nearIdlib), 1e-9);
        assertEquals(PlaceRanking.ANCHOR_FAR, PlaceRanking.anchorDistance(LEBANESE_TOWN, nearIdlib));
    }
}
