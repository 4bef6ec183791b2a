package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;
import org.rasid.store.EventQuery;
import org.rasid.store.EventStore;
import org.rasid.testing.Prerequisites;

/**
 * One merge definition on a real corpus (issue 15): the 342 SaudiNewsNet articles ingested in
 * one run, in two halves, and `rasid extract --merge` over them hold the same merged events
 * (same reports in each, same sources, same fields); a re-ingest changes nothing. The Spark
 * job's side is RasidSparkJobTest; the ANT corpus, scripts/merge-agreement.sh.
 */
class StoreMergeCorpusTest {
    private static final Path CORPUS = IngestCommandTest.seeds().getParent().getParent().getParent()
            .resolve("shared/corpus/external/saudinewsnet-syria-2015/articles.jsonl");

    @TempDir
    Path dir;

    @Test
    void oneIngestTwoHalvesAndExtractMergeHoldTheSameEvents() throws Exception {
        Prerequisites.require(Files.isRegularFile(CORPUS), "SaudiNewsNet corpus absent: " + CORPUS);
        Path extracted = dir.resolve("merged.jsonl");
        // the store keeps every event; extract leaves out those below the calibrated threshold unless told 0
        String[] x = IngestCommandTest.run("extract", CORPUS.toString(), "--merge", "--min-confidence", "0", "--out",
                extracted.toString());
        assertEquals("0", x[0], x[2]);
        Map<String, String> expected = fromExtract(extracted);

        Path one = dir.resolve("one");
        assertEquals("0", IngestCommandTest.run("ingest", CORPUS.toString(), "--data", one.toString())[0]);
        Map<String, String> oneRun = fromStore(one);

        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Files.write(a, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
        Files.write(b, lines.subList(lines.size() / 2, lines.size()), StandardCharsets.UTF_8);
        Path halves = dir.resolve("halves");
        assertEquals("0", IngestCommandTest.run("ingest", a.toString(), "--data", halves.toString())[0]);
        assertEquals("0", IngestCommandTest.run("ingest", b.toString(), "--data", halves.toString())[0]);
        Map<String, String> twoRuns = fromStore(halves);

        long multi = expected.values().stream().filter(StoreMergeCorpusTest::multiSource).count();
        System.out.printf("SaudiNewsNet: extract --merge %d events (%d multi-source), one ingest %d (%d),"
                + " two halves %d (%d)%n", expected.size(), multi, oneRun.size(),
                oneRun.values().stream().filter(StoreMergeCorpusTest::multiSource).count(), twoRuns.size(),
                twoRuns.values().stream().filter(StoreMergeCorpusTest::multiSource).count());
        assertTrue(multi > 100, "the corpus's outlets report the same events: " + multi);
        assertEquals(expected.keySet(), oneRun.keySet());
        assertEquals(expected, oneRun);
        assertEquals(expected, twoRuns);

        String[] again = IngestCommandTest.run("ingest", CORPUS.toString(), "--data", halves.toString());
        assertTrue(again[1].contains("documents 0, stories 0, events 0, duplicates " + lines.size()), again[1]);
        assertEquals(expected, fromStore(halves));
    }

    /** An event's reports: its merged_from, or its own id when it is one report. */
    private static String key(JsonNode e) {
        List<String> from = new ArrayList<>();
        e.path("merged_from").forEach(n -> from.add(n.asText()));
        return from.isEmpty() ? e.get("id").asText() : String.join("+", from);
    }

    /** The record without its id (a stored event keeps its first report's id), as canonical JSON. */
    private static String body(JsonNode e) throws Exception {
        ObjectNode o = e.deepCopy();
        o.remove("id");
        o.remove("record");
        return RecordJson.mapper().writeValueAsString(RecordJson.mapper().treeToValue(o, Event.class));
    }

    private static boolean multiSource(String body) {
        try {
            return new ObjectMapper().readTree(body).path("sources").size() > 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fromExtract(Path file) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = RecordJson.mapper().readTree(line);
            if ("event".equals(n.path("record").asText())) {
                assertEquals(null, out.put(key(n), body(n)));
            }
        }
        return out;
    }

    private static Map<String, String> fromStore(Path data) throws Exception {
        Map<String, String> out = new TreeMap<>();
        List<Event> events = new ArrayList<>();
        try (EventStore store = EventStore.openExisting(data, null)) {
            store.forEachEvent(EventQuery.all(), events::add);
        }
        for (Event e : events) {
            JsonNode n = RecordJson.mapper().valueToTree(e);
            assertEquals(null, out.put(key(n), body(n)));
        }
        return out;
    }
}
