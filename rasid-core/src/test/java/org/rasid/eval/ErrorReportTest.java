package org.rasid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReportTest {
    private static final String STRIKE = "\"acled_type\": \"Explosions/Remote violence\", \"acled_sub_type\": \"Air/drone strike\","
            + " \"cameo\": \"19\"";

    @Test
    void annotatedDocumentWithoutGoldEventsIsJudged(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"doc\": \"a\", \"annotated\": true}\n{\"doc\": \"b\", \"annotated\": true}\n"
                + "{\"doc\": \"b\", " + STRIKE + ", \"actor1\": \"RUS\", \"actor2\": \"CIVILIANS\", \"location_ar\": \"دوما\","
                + " \"admin1\": \"SY-RD\", \"geo_precision\": 1, \"optional\": false,"
                + " \"evidence\": \"شنت طائرات روسية غارات على مدينة دوما\"}\n", StandardCharsets.UTF_8);
        Path pred = dir.resolve("pred.jsonl");
        // doc a: an event in an article annotated as eventless; doc b: the strike, wrong actor1;
        // doc c: not annotated, so not judged.
        Files.writeString(pred, "{\"record\":\"event\",\"doc\":\"a\"," + STRIKE.replace(": ", ":")
                + ",\"admin1\":\"TR\",\"location_ar\":\"سروج\",\"evidence\":{\"sentence\":\"وقع تفجير في بلدة سروج التركية\"}}\n"
                + "{\"record\":\"event\",\"doc\":\"b\"," + STRIKE.replace(": ", ":") + ",\"actor1\":\"SYR_GOV\","
                + "\"actor2\":\"CIVILIANS\",\"admin1\":\"SY-RD\",\"location_ar\":\"دوما\",\"geo_precision\":1,"
                + "\"evidence\":{\"sentence\":\"شنت طائرات روسية غارات على مدينة دوما\"}}\n"
                + "{\"record\":\"event\",\"doc\":\"c\",\"cameo\":\"11\"}\n", StandardCharsets.UTF_8);
        EventFile.Contents g = EventFile.readAll(gold);
        assertEquals(1, g.events().size());
        assertEquals(2, g.docs().size());
        Score s = EventScorer.score(g.events(), g.docs(), EventFile.read(pred));
        assertEquals(new Score.Counts(1, 1, 0, 0), s.overall());
        assertEquals(1, s.unscored());

        String report = ErrorReport.text(s);
        assertTrue(report.contains("1  RUS -> SYR_GOV"), report);
        assertTrue(report.contains("== false positives (1) =="), report);
        assertTrue(report.contains("predicted: وقع تفجير في بلدة سروج التركية"), report);
        assertTrue(report.contains("actor1 RUS -> SYR_GOV"), report);
        assertTrue(report.contains("gold: شنت طائرات روسية غارات على مدينة دوما"), report);
    }

    @Test
    void unmatchedEventsOfOneDocumentShowAsPlaceConfusion() {
        ScoredEvent gold = new ScoredEvent(1, "d", "Battles", "Armed clash", "19", "SYR_GOV", "ISIS", "البوكمال",
                "SY-DY", 1, null, null, false, "اشتباكات في البوكمال");
        ScoredEvent pred = new ScoredEvent(1, "d", "Battles", "Armed clash", "19", "SYR_GOV", "ISIS", "الميادين",
                "SY-DY", 1, null, null, false, "اشتباكات في البوكمال");
        String report = ErrorReport.text(EventScorer.score(java.util.List.of(gold), java.util.List.of(pred)));
        assertTrue(report.contains("1  SY-DY/البوكمال(1) -> SY-DY/الميادين(1)"), report);
        assertTrue(report.contains("== missed gold events (1) =="), report);
    }
}
