package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeRegionTest {
    @Test
    void syriaIsHomeWithItsFourteenGovernorates() {
        HomeRegion r = HomeRegion.get();
        assertEquals("SY", r.country());
        assertTrue(r.isHome("SY-ID"));
        assertFalse(r.isHome("LB"));
        assertFalse(r.isHome(null));
        assertTrue(r.isValidAdmin1("SY-QU"));
        assertFalse(r.isValidAdmin1("SY-XX")); // no such governorate
        assertTrue(r.isValidAdmin1("TR"));
        assertTrue(r.isNeighbour("LB"));
        assertFalse(r.isNeighbour("FR"));
    }

    @Test
    void anotherCountryIsADataChange(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("region-test.tsv"), "#code\trole\tname_en\tadmin1\n"
                + "LB\thome\tLebanon\tLB-BA|LB-JA\nSY\tneighbour\tSyria\t\n");
        String old = System.getProperty("rasid.data");
        System.setProperty("rasid.data", dir.toString());
        try {
            HomeRegion r = new HomeRegion("region-test.tsv");
            assertEquals("LB", r.country());
            assertTrue(r.isHome("LB-BA"));
            assertFalse(r.isHome("SY-ID"));
            assertTrue(r.isNeighbour("SY"));
            Files.writeString(dir.resolve("region-bad.tsv"), "#code\trole\tname_en\tadmin1\nLB\thome\tLebanon\tSY-ID\n");
            assertThrows(IllegalArgumentException.class, () -> new HomeRegion("region-bad.tsv"));
        } finally {
            if (old == null) {
                System.clearProperty("rasid.data");
            } else {
                System.setProperty("rasid.data", old);
            }
        }
    }
}
