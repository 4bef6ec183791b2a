package org.rasid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventScorerTest {
    private static final String D3 = "003_0168099232d9e71c";
    private static final String D2 = "002_834b7bc7731df8b0";

    /** Gold events in the style of shared/eval (seeds 002 and 003). */
    private static List<ScoredEvent> gold() {
        return List.of(
                ev(1, D3, "Strategic developments", "Disrupted weapons use", "19", "NLF", "RUS", "معربليت", "SY-ID", 1,
                        null, null, false),
                ev(2, D3, "Strategic developments", "Arrests", "17", "SDF", null, "دير الزور", "SY-DY", 2, null, null,
                        false),
                ev(3, D3, "Violence against civilians", "Attack", "18", "UNKNOWN", "CIVILIANS", "درعا البلد", "SY-DR", 1,
                        null, 2, false),
                ev(4, D2, null, null, "13", "RUS", "JAI", "دوما", "SY-RD", 1, null, null, false),
                ev(5, D2, null, null, "12", "JAI", "RUS", "دوما", "SY-RD", 1, null, null, true));
    }

    private static ScoredEvent ev(int line, String doc, String type, String sub, String cameo, String a1, String a2,
                                  String loc, String admin1, Integer prec, String date, Integer fat, boolean opt) {
        return new ScoredEvent(line, doc, type, sub, cameo, a1, a2, loc, admin1, prec, date, fat, opt);
    }

    /** Predictions equal to the required gold events. */
    private static List<ScoredEvent> perfect() {
        List<ScoredEvent> p = new ArrayList<>();
        for (ScoredEvent g : gold()) {
            if (!g.optional()) {
                p.add(ev(g.line() + 100, g.doc(), g.acledType(), g.acledSubType(), g.cameo(), g.actor1(), g.actor2(),
                        g.locationAr(), g.admin1(), g.geoPrecision(), g.eventDate(), g.fatalities(), false));
            }
        }
        return p;
    }

    @Test
    void documentsWithoutGoldAreNotJudgedAndPlacesIgnoreSpaces() {
        List<ScoredEvent> p = new ArrayList<>(perfect());
        // an event of a document the gold does not cover: neither true nor false positive
        p.add(ev(300, "004_7ac2fd58674b5272", "Battles", "Armed clash", "19", "SYR_GOV", null, "حلب", "SY-HL", 1,
                null, null, false));
        // the exact place written without its space still matches (a second, equal gold event)
        List<ScoredEvent> g = new ArrayList<>(gold());
        g.add(ev(6, D3, "Explosions/Remote violence", "Remote explosive/landmine/IED", "18", null, "CIVILIANS",
                "جسر الشغور", "SY-ID", 1, null, 1, false));
        p.add(ev(301, D3, "Explosions/Remote violence", "Remote explosive/landmine/IED", "18", null, "CIVILIANS",
                "جسرالشغور", "SY-ID", 1, null, 1, false));
        Score s = EventScorer.score(g, p);
        assertEquals(new Score.Counts(5, 0, 0, 0), s.overall());
        assertEquals(1, s.unscored());
        assertEquals(5, s.predicted());
    }

    @Test
    void perfectPredictions() {
        Score s = EventScorer.score(gold(), perfect());
        assertEquals(new Score.Counts(4, 0, 0, 0), s.overall());
        assertEquals(1.0, s.overall().precision());
        assertEquals(1.0, s.overall().recall());
        assertEquals(1.0, s.overall().f1());
        assertEquals(new Score.Counts(2, 0, 0, 0), s.byClass().get("Strategic developments"));
        assertEquals(new Score.Counts(1, 0, 0, 0), s.byClass().get("CAMEO 13"));
        // the optional gold event unmatched: not a miss
        assertEquals(List.of(), s.misses());
        assertEquals(new Score.Accuracy(3, 3), s.attributes().get("sub_type"));
        assertEquals(new Score.Accuracy(4, 4), s.attributes().get("actor2"));
        assertEquals(new Score.Accuracy(1, 1), s.attributes().get("fatalities"));
        assertEquals(new Score.Accuracy(0, 0), s.attributes().get("date"));
    }

    @Test
    void oneMissing() {
        List<ScoredEvent> p = new ArrayList<>(perfect());
        p.remove(2); // the attack in Daraa al-Balad
        Score s = EventScorer.score(gold(), p);
        assertEquals(new Score.Counts(3, 0, 1, 0), s.overall());
        assertEquals(1.0, s.overall().precision());
        assertEquals(0.75, s.overall().recall());
        assertEquals(3, s.misses().get(0).line());
        assertEquals(new Score.Counts(0, 0, 1, 0), s.byClass().get("Violence against civilians"));
    }

    @Test
    void wrongAdmin1IsAFalsePositiveAndAMiss() {
        List<ScoredEvent> p = new ArrayList<>(perfect());
        ScoredEvent arrests = p.get(1);
        p.set(1, ev(arrests.line(), arrests.doc(), arrests.acledType(), arrests.acledSubType(), arrests.cameo(),
                arrests.actor1(), arrests.actor2(), arrests.locationAr(), "SY-RA", 2, null, null, false));
        Score s = EventScorer.score(gold(), p);
        assertEquals(new Score.Counts(3, 1, 1, 0), s.overall());
        assertEquals(0.75, s.overall().precision());
        assertEquals(0.75, s.overall().recall());
        assertEquals(0.75, s.overall().f1(), 1e-9);
        assertEquals(2, s.misses().get(0).line());
        assertEquals(102, s.falsePositives().get(0).line());
    }

    @Test
    void optionalGoldMatchedIsNeitherTruePositiveNorFalsePositive() {
        List<ScoredEvent> p = new ArrayList<>(perfect());
        p.add(ev(200, D2, null, null, "12", "JAI", "RUS", "دوما", "SY-RD", 1, null, null, false));
        Score s = EventScorer.score(gold(), p);
        assertEquals(new Score.Counts(4, 0, 0, 1), s.overall());
        assertEquals(1.0, s.overall().precision());
        assertEquals(new Score.Counts(0, 0, 0, 1), s.byClass().get("CAMEO 12"));
        assertEquals(5, s.pairs().size());
    }

    @Test
    void placeIsComparedAfterNormalisationWhereGoldIsExact() {
        // "دوما" written with a different ya/alef form still matches; another town in the same governorate does not
        List<ScoredEvent> p = List.of(
                ev(1, D2, null, null, "13", "RUS", "JAI", "دُوما", "SY-RD", 1, null, null, false),
                ev(2, D3, "Strategic developments", "Disrupted weapons use", "19", "NLF", "RUS", "كفرنبل", "SY-ID", 1,
                        null, null, false),
                // gold precision 2 (region): any place in the governorate matches
                ev(3, D3, "Strategic developments", "Arrests", "17", "SDF", null, "الميادين", "SY-DY", 1, null, null,
                        false));
        Score s = EventScorer.score(gold(), p);
        assertEquals(new Score.Counts(2, 1, 2, 0), s.overall());
        assertEquals(2, s.falsePositives().get(0).line());
    }

    @Test
    void classIsTheCameoRootForVerbalEvents() {
        assertEquals("CAMEO 13", ev(1, D2, null, null, "130", null, null, null, null, null, null, null, false)
                .eventClass());
        assertEquals("Battles", ev(1, D2, "Battles", "Armed clash", "19", null, null, null, null, null, null, null, false)
                .eventClass());
        // a verbal prediction does not match a gold event of another CAMEO root
        List<ScoredEvent> p = List.of(ev(1, D2, null, null, "04", "RUS", "JAI", "دوما", "SY-RD", 1, null, null, false));
        assertEquals(new Score.Counts(0, 1, 1, 0), EventScorer.score(gold().subList(3, 5), p).overall());
    }

    @Test
    void oneToOneMatchingPrefersTheBetterPartner() {
        // two predictions for one gold event: one matches, the other is a false positive
        ScoredEvent g = gold().get(2);
        List<ScoredEvent> p = List.of(
                ev(1, D3, "Violence against civilians", "Attack", "18", "UNKNOWN", "CIVILIANS", "درعا البلد", "SY-DR", 1,
                        null, 5, false),
                ev(2, D3, "Violence against civilians", "Attack", "18", "UNKNOWN", "CIVILIANS", "درعا البلد", "SY-DR", 1,
                        null, 2, false));
        Score s = EventScorer.score(List.of(g), p);
        assertEquals(new Score.Counts(1, 1, 0, 0), s.overall());
        assertEquals(2, s.pairs().get(0).predicted().line());
        assertEquals(new Score.Accuracy(1, 1), s.attributes().get("fatalities"));
    }

    @Test
    void readsGoldAndExtractOutput(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"doc\": \"" + D2 + "\", \"acled_type\": null, \"acled_sub_type\": null, \"cameo\": \"13\","
                + " \"actor1\": \"RUS\", \"actor2\": \"JAI\", \"location_ar\": \"دوما\", \"admin1\": \"SY-RD\","
                + " \"geo_precision\": 1, \"event_date\": null, \"fatalities\": null, \"optional\": false,"
                + " \"evidence\": \"هددت بإبادة مدينة دوما\"}\n", StandardCharsets.UTF_8);
        Path pred = dir.resolve("out.jsonl");
        Files.writeString(pred, "{\"record\":\"document\",\"id\":\"" + D2 + "\"}\n"
                + "{\"record\":\"event\",\"doc\":\"" + D2 + "\",\"cameo\":\"13\",\"actor1\":\"RUS\",\"actor2\":\"JAI\","
                + "\"location_ar\":\"دوما\",\"admin1\":\"SY-RD\",\"geo_precision\":1}\n", StandardCharsets.UTF_8);
        Score s = EventScorer.score(EventFile.read(gold), EventFile.read(pred));
        assertEquals(new Score.Counts(1, 0, 0, 0), s.overall());
        assertEquals(2, s.pairs().get(0).predicted().line());
        String table = ScoreReport.text(s);
        assertTrue(table.contains("overall"), table);
        assertTrue(table.contains("1.000"), table);
        assertEquals(1.0, ScoreReport.json(s).get("overall").get("f1").asDouble());
    }
}
