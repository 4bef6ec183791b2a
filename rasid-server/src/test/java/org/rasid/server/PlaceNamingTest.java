package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The gazetteer's spelling of a normalised place name, and nothing when the names differ. */
class PlaceNamingTest {
    private final PlaceNaming places = new PlaceNaming();

    @Test
    void givesBackTheGazetteersSpellingOfTheSameName() {
        assertEquals("محافظة اللاذقية", places.spelling("adm1:SY-LA", "محافظه اللاذقيه"));
        assertEquals("الرقة", places.spelling("adm1:SY-RA", "الرقه"));
    }

    @Test
    void givesNothingForAnotherNameOrNoPlace() {
        // a region placed at its governorate: the governorate's name would say something else
        assertNull(places.spelling("adm1:SY-HL", "ريف حلب الشمالي"));
        assertNull(places.spelling(null, "الرقه"));
        assertNull(places.spelling("gn:0", "الرقه"));
    }
}
