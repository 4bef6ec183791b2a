package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rasid export --actor takes a name in either language, and the ACLED file always says what it left out. */
class ExportActorNameTest {
    @TempDir
    Path dir;

    @Test
    void anArabicOrEnglishNameMeansTheActorsIdAndTheLeftOutCountIsPrinted() throws Exception {
        Path data = dir.resolve("data");
        assertEquals("0", IngestCommandTest.run("ingest", IngestCommandTest.seeds().toString(), "--data", data.toString())[0]);
        long byId = lines(data, "SDF");
        assertTrue(byId > 0, "the seeds have events of the SDF");
        assertEquals(byId, lines(data, "قسد"));
        assertEquals(byId, lines(data, "Syrian Democratic Forces"));
        assertEquals(0, lines(data, "no such actor"));

        Path csv = dir.resolve("all.csv");
        String[] r = IngestCommandTest.run("export", "--format", "acled-csv", "--out", csv.toString(), "--data", data.toString());
        assertEquals("0", r[0], r[2]);
        Matcher m = Pattern.compile("rasid export: (\\d+) events .*, (\\d+) left out").matcher(r[2]);
        assertTrue(m.find(), r[2]);
        assertEquals(Long.parseLong(m.group(1)), Files.readAllLines(csv).size() - 1, "rows written");
        long all = lines(data, null);
        assertEquals(all, Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)), "written plus left out is every event");
    }

    private long lines(Path data, String actor) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".jsonl");
        String[] r = actor == null
                ? IngestCommandTest.run("export", "--format", "jsonl", "--out", out.toString(), "--data", data.toString())
                : IngestCommandTest.run("export", "--format", "jsonl", "--out", out.toString(), "--data", data.toString(),
                        "--actor", actor);
        assertEquals("0", r[0], r[2]);
        return Files.readAllLines(out).size();
    }
}
