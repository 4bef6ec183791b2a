package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceTest {
    private static final Place IDLIB = new Place("gn:169389", "إدلب", "Idlib", "city", "SY-ID", "Idlib", 35.93037,
            36.63393, 128840, "geonames:169389");
    private static final Place BINNISH = new Place("gn:171451", "بنش", "Binnish", "town", "SY-ID", "Idlib", 35.95640,
            36.71380, 30354, "geonames:171451");

    @Test
    void precisionFollowsTheKind() {
        assertEquals(1, IDLIB.precision());
        assertEquals(3, new Place("adm1:SY-ID", "محافظة إدلب", "Idlib Governorate", "governorate", "SY-ID", null,
                35.93, 36.63, 0, "geonames:169389").precision());
        assertEquals(2, new Place("sy:ghab", "سهل الغاب", "Al-Ghab Plain", "region", "SY-HM", null, 35.6, 36.36, 0,
                "curated").precision());
        assertEquals(3, new Place("cc:JO", "الأردن", "Jordan", "country", "JO", null, 31.9, 35.9, 0, "curated")
                .precision());
    }

    @Test
    void countryOfSyrianAndForeignPlaces() {
        assertTrue(IDLIB.syrian());
        assertEquals("TR", new Place("gn:307864", "كلس", "Kilis", "city", "TR", null, 36.7, 37.1, 0, "geonames:307864")
                .country());
        Place syria = new Place("cc:SY", "سوريا", "Syria", "country", null, null, 35, 38.5, 0, "curated");
        assertEquals("SY", syria.country());
        assertFalse(new Place("cc:LB", "لبنان", "Lebanon", "country", "LB", null, 33.9, 35.5, 0, "curated").syrian());
    }

    @Test
    void distanceIsGreatCircleKilometres() {
        // Idlib city to Binnish: about 8 km
        assertEquals(8.0, IDLIB.kmTo(BINNISH), 1.0);
        assertEquals(0.0, IDLIB.kmTo(IDLIB), 1e-9);
    }
}
