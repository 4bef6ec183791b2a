package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.load();

    @Test
    void loadsGeonamesAndSupplement() {
        Map<String, Integer> bySource = new TreeMap<>();
        for (Place p : G.places()) {
            String country = List.of("SY", "LB", "TR", "IQ", "JO", "IL", "PS", "IR").contains(p.country()) ? p.country() : "other";
            String key = (p.source().startsWith("geonames") ? "geonames" : "curated") + "/" + country;
            bySource.merge(key, 1, Integer::sum);
        }
        System.out.println("gazetteer " + G.size() + " places: " + bySource);
        assertTrue(G.size() > 4500, "size " + G.size());
        assertEquals("SY-ID", G.byId("adm1:SY-ID").orElseThrow().admin1());
        assertEquals("governorate", G.governorate("SY-DY").orElseThrow().kind());
        for (String code : List.of("SY-ID", "SY-HL", "SY-DR", "SY-RD", "SY-DI", "SY-HM", "SY-HI", "SY-LA", "SY-TA",
                "SY-RA", "SY-DY", "SY-HA", "SY-SU", "SY-QU")) {
            assertTrue(G.governorate(code).isPresent(), code);
        }
    }

    @Test
    void supplementRowExtendsItsGeonamesPlace() {
        Place shaddadi = G.byId("gn:172837").orElseThrow();
        assertEquals("الشدادي", shaddadi.nameAr());
        assertTrue(G.names("gn:172837").contains("الشدادة"), "GeoNames names kept");
        assertTrue(G.byName("الشدادي").contains(shaddadi));
        assertEquals(1, G.places().stream().filter(p -> p.source().equals("geonames:172837")).count());
    }

    @Test
    void arabicNamesOfGeonamesAreKept() {
        // GeoNames lists حماة and حماه, ادلب and إدلب; both forms find the city
        assertTrue(G.byName("حماه").stream().anyMatch(p -> p.id().equals("gn:170017")));
        assertTrue(G.byName("ادلب").stream().anyMatch(p -> p.id().equals("gn:169389")));
        assertTrue(G.byName("طهران").stream().anyMatch(p -> p.id().equals("gn:112931")));
    }

    @Test
    void everySyrianPlaceLiesInItsGovernoratesBox() {
        for (Place p : G.places()) {
            if (p.syrian() && !p.kind().equals("country")) {
                assertTrue(p.latitude() > 32.2 && p.latitude() < 37.4 && p.longitude() > 35.6 && p.longitude() < 42.5,
                        p.id() + " " + p.nameAr() + " outside Syria");
            }
        }
    }

    /** "مدينة NAME" resolves to a place within 5 km of its GeoNames coordinates. */
    @Test
    void wellKnownPlacesWithin5KmOfGeonames() throws IOException {
        ToponymResolver resolver = new ToponymResolver(G);
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/gazetteer/well-known-places.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String sentence = "قصفت الطائرات مدينة " + f[0] + " أمس.";
                NormalizedText doc = ArabicNormalizer.normalize(sentence);
                List<PlaceMention> ms = resolver.resolve(doc, null, new Span(0, sentence.length()));
                assertFalse(ms.isEmpty(), f[0]);
                PlaceMention m = ms.get(0);
                double km = m.place().kmTo(Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                assertTrue(km < 5, f[0] + " resolved to " + m.place() + ", " + km + " km away");
                assertEquals(1, m.geoPrecision(), f[0]);
                checked++;
            }
        }
        assertTrue(checked >= 30, "checked " + checked);
    }

    private static org.rasid.lexicon.DataFile.Row supplementRow(int line, String... fields) {
        return new org.rasid.lexicon.DataFile.Row("gazetteer/supplement.tsv", line, List.of("id", "name_ar", "variants",
                "name_en", "kind", "admin1", "admin2", "latitude", "longitude", "source", "note"), fields);
    }

    @Test
    void aNameSharedByTwoPlacesListsBothAndAPlaceWhoseSpellingsMeetListsItOnce() {
        // "إدلب" and "ادلب" normalise alike: the village is listed once under that name
        Gazetteer g = Gazetteer.of(List.of(), List.of(
                supplementRow(2, "sy:a", "إدلب", "ادلب|إدلب", "A", "village", "SY-ID", "", "35.9", "36.6", "curated", ""),
                supplementRow(3, "sy:b", "الشيخ مسكين", "", "B", "village", "SY-DR", "", "32.8", "36.1", "curated", ""),
                supplementRow(4, "sy:c", "ادلب", "", "C", "village", "SY-HL", "", "36.1", "37.1", "curated", "")));
        assertEquals(List.of("sy:a", "sy:c"), g.byName("إدلب").stream().map(Place::id).toList());
        assertEquals(List.of("sy:b"), g.byName("الشيخ  مسكين").stream().map(Place::id).toList());
    }

    @Test
    void badSupplementRowNamesItsFileAndLine() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.of(List.of(), List.of(supplementRow(12, "sy:x", "قرية", "", "X", "hamlet", "SY-ID", "",
                        "35.9", "36.6", "curated", ""))));
        assertEquals("gazetteer/supplement.tsv:12: unknown kind 'hamlet', expected one of " + e.getMessage()
                .substring(e.getMessage().indexOf('[')), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.of(List.of(), List.of(supplementRow(3, "sy:x", "قرية", "", "X", "village", "SY-XX", "",
                        "35.9", "36.6", "curated", ""))));
        assertTrue(e.getMessage().startsWith("gazetteer/supplement.tsv:3: admin1 'SY-XX'"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.of(List.of(), List.of(supplementRow(4, "sy:x", "قرية", "", "X", "village", "SY-ID", "",
                        "north", "36.6", "curated", ""))));
        assertTrue(e.getMessage().startsWith("gazetteer/supplement.tsv:4: latitude 'north'"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.of(List.of(), List.of(supplementRow(5, "", "قرية", "", "X", "village", "SY-ID", "",
                        "", "", "geonames:1", ""))));
        assertTrue(e.getMessage().startsWith("gazetteer/supplement.tsv:5: no GeoNames row geonames:1"), e.getMessage());
    }

    @Test
    void supplementHasEveryPlaceOfTheSeedsAndMoreThan500SyrianPlaces() {
        long curatedSyrian = G.places().stream().filter(p -> p.source().equals("curated") && p.syrian()
                && !p.kind().equals("country")).count();
        assertTrue(curatedSyrian >= 500, "curated Syrian places " + curatedSyrian);
        for (String name : List.of("كفريا", "الفوعة", "درعا البلد", "القطاع الأوسط", "معربليت", "جسر الشغور", "المنصور",
                "بصرى الشام", "دوما", "مخيم اليرموك", "الغوطة الشرقية", "سهل الغاب", "مورك", "مطار خلخلة", "مخيم السد",
                "كفرسجنة", "تل طوقان", "السرمانية", "ترندة", "بابتو", "الشدادي", "عين ترما", "زملكا", "عربين", "جوبر")) {
            assertFalse(G.byName(name).isEmpty(), name);
        }
    }
}
