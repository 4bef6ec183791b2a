package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.confidence.ConfidenceModel;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        return p.resolve("examples/seeds");
    }

    private static List<JsonNode> read(Path f) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            out.add(json.readTree(line));
        }
        return out;
    }

    private static long count(List<JsonNode> records, String kind) {
        return records.stream().filter(n -> n.get("record").asText().equals(kind)).count();
    }

    @Test
    void seedsGiveDocumentsStoriesSentencesAndDuplicates(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("extract", seeds().toString(), "--out", out.toString()));
        List<JsonNode> records = read(out);
        assertEquals(5, count(records, "document"));
        assertEquals(50, count(records, "story"));
        assertTrue(count(records, "sentence") > 140);
        assertTrue(count(records, "duplicate") >= 20);
        assertEquals(0, count(records, "error"));
    }

    @Test
    void recordsKeepsOnlyTheKindsAskedForAndTheSameEvents(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("all.jsonl");
        Path events = dir.resolve("events.jsonl");
        assertEquals(0, Main.run("extract", seeds().toString(), "--merge", "--out", all.toString()));
        assertEquals(0, Main.run("extract", seeds().toString(), "--merge", "--records", "document,event",
                "--out", events.toString()));
        List<String> expected = Files.readAllLines(all, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("{\"record\":\"document\"") || l.startsWith("{\"record\":\"event\"")).toList();
        List<String> kept = Files.readAllLines(events, StandardCharsets.UTF_8);
        assertTrue(expected.size() > 5, "the seeds give events: " + expected.size());
        assertEquals(expected, kept);
        assertEquals(2, Main.run("extract", seeds().toString(), "--records", "events"));
    }

    @Test
    void statementFatesTellEachVerbalTriggersStageAndChangeNoEvent(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.jsonl");
        Path traced = dir.resolve("traced.jsonl");
        Path fates = dir.resolve("fates.tsv");
        assertEquals(0, Main.run("extract", seeds().toString(), "--out", plain.toString()));
        assertEquals(0, Main.run("extract", seeds().toString(), "--out", traced.toString(),
                "--statement-fates", fates.toString()));
        assertEquals(Files.readAllLines(plain, StandardCharsets.UTF_8),
                Files.readAllLines(traced, StandardCharsets.UTF_8));
        List<String> stages = List.of("coded", "genre", "selection", "modality", "speech", "gate", "speaker", "date",
                "place", "grouping");
        List<String[]> rows = Files.readAllLines(fates, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1))
                .toList();
        assertTrue(rows.stream().allMatch(r -> r.length == 9 && stages.contains(r[6])), "nine columns, a known stage");
        assertTrue(rows.stream().anyMatch(r -> r[6].equals("coded")), "the seeds code statements");
        assertTrue(rows.stream().anyMatch(r -> !r[6].equals("coded")), "and drop some verbal triggers");
    }

    @Test
    void minConfidenceLeavesOutTheEventsBelowIt(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("all.jsonl");
        Path some = dir.resolve("some.jsonl");
        assertEquals(0, Main.run("extract", seeds().toString(), "--min-confidence", "0", "--out", all.toString()));
        List<Double> conf = read(all).stream().filter(n -> n.get("record").asText().equals("event"))
                .map(n -> n.get("confidence").asDouble()).sorted().toList();
        double p = conf.get(conf.size() / 2);
        assertTrue(conf.get(0) < p, "the seeds' events should not all have one confidence: " + conf);
        assertEquals(0, Main.run("extract", seeds().toString(), "--min-confidence", String.valueOf(p),
                "--out", some.toString()));
        List<JsonNode> kept = read(some).stream().filter(n -> n.get("record").asText().equals("event")).toList();
        assertEquals(conf.stream().filter(c -> c >= p).count(), kept.size());
        assertTrue(kept.stream().allMatch(n -> n.get("confidence").asDouble() >= p));
        assertEquals(2, Main.run("extract", seeds().toString(), "--min-confidence", "1.5"));
    }

    @Test
    void aloneGivesARepublishedCopyTheEventsOfItsOwnText(@TempDir Path dir) throws Exception {
        Files.copy(seeds().resolve("002_834b7bc7731df8b0.txt"), dir.resolve("a.txt"));
        Files.copy(seeds().resolve("002_834b7bc7731df8b0.txt"), dir.resolve("b.txt"));
        Path run = dir.resolve("run.jsonl");
        Path alone = dir.resolve("alone.jsonl");
        assertEquals(0, Main.run("extract", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "--out", run.toString()));
        assertEquals(0, Main.run("extract", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "--alone", "--out", alone.toString()));
        long firstRun = eventsOf(read(run), "a.txt");
        assertTrue(firstRun > 0, "the seed article gives events");
        assertEquals(0, eventsOf(read(run), "b.txt"), "in one run the copy's stories are duplicates");
        assertEquals(firstRun, eventsOf(read(alone), "a.txt"));
        assertEquals(firstRun, eventsOf(read(alone), "b.txt"), "read alone, the copy gets its own events");
        assertEquals(0, count(read(alone), "duplicate"));
    }

    /** The events whose document's source ends with {@code file}. */
    private static long eventsOf(List<JsonNode> records, String file) {
        List<String> docs = records.stream().filter(n -> n.get("record").asText().equals("document")
                && n.get("source").asText().endsWith(file)).map(n -> n.get("id").asText()).toList();
        return records.stream().filter(n -> n.get("record").asText().equals("event")
                && docs.contains(n.get("doc").asText())).count();
    }

    @Test
    void theDefaultThresholdIsTheCalibratedOneAndZeroKeepsEverything(@TempDir Path dir) throws Exception {
        double t = ConfidenceModel.standard().threshold();
        assertTrue(t > 0 && t < 1, "confidence.tsv should carry the threshold calibration chose: " + t);
        Path all = dir.resolve("all.jsonl");
        Path standard = dir.resolve("default.jsonl");
        assertEquals(0, Main.run("extract", seeds().toString(), "--min-confidence", "0", "--out", all.toString()));
        assertEquals(0, Main.run("extract", seeds().toString(), "--out", standard.toString()));
        List<Double> conf = read(all).stream().filter(n -> n.get("record").asText().equals("event"))
                .map(n -> n.get("confidence").asDouble()).toList();
        List<JsonNode> kept = read(standard).stream().filter(n -> n.get("record").asText().equals("event")).toList();
        assertTrue(conf.stream().anyMatch(c -> c < t), "some seed event should fall below the default: " + conf);
        assertEquals(conf.stream().filter(c -> c >= t).count(), kept.size());
    }

    @Test
    void badFileIsReportedAndTheOthersStillComeThrough(@TempDir Path dir) throws Exception {
        Files.copy(seeds().resolve("002_834b7bc7731df8b0.txt"), dir.resolve("002.txt"));
        Files.write(dir.resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        Path out = dir.resolve("out.jsonl");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("extract", dir.resolve("002.txt").toString(), dir.resolve("broken.txt").toString(),
                    "--out", out.toString(), "--max-bytes", "100000");
        } finally {
            System.setErr(err);
        }
        assertEquals(1, code);
        List<JsonNode> records = read(out);
        assertEquals(1, count(records, "document"));
        JsonNode error = records.stream().filter(n -> n.get("record").asText().equals("error")).findFirst().orElseThrow();
        assertTrue(error.get("source").asText().endsWith("broken.txt"));
        assertEquals("binary", error.get("reason").asText());
        String stderr = captured.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("broken.txt: binary: contains a NUL byte at offset 1"), stderr);
    }

    @Test
    void evalScoresGoldAgainstItself(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"doc\":\"002\",\"acled_type\":null,\"cameo\":\"13\",\"actor1\":\"RUS\",\"actor2\":\"JAI\","
                + "\"location_ar\":\"دوما\",\"admin1\":\"SY-RD\",\"geo_precision\":1,\"optional\":false}\n");
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("eval", gold.toString(), gold.toString(), "--json");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, code);
        JsonNode score = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8));
        assertEquals(1.0, score.get("overall").get("f1").asDouble());
        assertEquals(1, score.get("by_class").get("CAMEO 13").get("tp").asInt());
    }
}
