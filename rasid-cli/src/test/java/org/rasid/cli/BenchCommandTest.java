package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rasid bench --generate` end to end on a small corpus: figures for every pass, truth scored. */
class BenchCommandTest {
    @TempDir
    Path dir;

    static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        return p.resolve("examples/seeds");
    }

    @Test
    void generatesTimesEveryStageAndScoresTheGroundTruth() throws Exception {
        Path json = dir.resolve("bench.json");
        int rc = Main.run("bench", "--generate", "1", "--out", dir.resolve("gen").toString(), "--seeds", seeds().toString(),
                "--threads", "2", "--stages", "read,clean,segment,dedup,mentions,events,merge", "--warmup-mb", "0",
                "--json", json.toString());
        assertEquals(0, rc);
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        long docs = r.get("generated").get("documents").asLong();
        assertTrue(docs > 50, "documents: " + docs);
        assertEquals(4, r.get("passes").size(), "stages and pipeline passes, 1 and 2 threads");
        for (JsonNode pass : r.get("passes")) {
            assertEquals(docs, pass.get("docs").asLong());
            assertTrue(pass.get("cpu_seconds").asDouble() > 0);
            assertTrue(pass.get("peak_heap_mb").asLong() > 0);
        }
        JsonNode stages = r.get("passes").get(0).get("stages");
        for (String s : new String[] {"read", "clean", "segment", "dedup", "mentions", "events", "merge", "merge-corpus"}) {
            assertTrue(stages.has(s), "stage " + s + " timed: " + stages);
        }
        JsonNode truth = r.get("ground_truth_last_stages_pass");
        assertTrue(truth.get("places_written").asLong() > 100);
        assertTrue(truth.get("places_found").asLong() > truth.get("places_written").asLong() / 2, truth.toString());
        assertTrue(truth.get("republished_pages").asLong() > 10);
        assertTrue(truth.get("republished_pages_tied_to_their_story").asLong() * 10
                >= truth.get("republished_pages").asLong() * 9, truth.toString());
    }

    @Test
    void measuresApiLatencyOnASyntheticStore() throws Exception {
        Path json = dir.resolve("api.json");
        int rc = Main.run("bench", "--api", "300", "--api-requests", "20", "--api-data", dir.resolve("store").toString(),
                "--seeds", seeds().toString(), "--json", json.toString());
        assertEquals(0, rc);
        JsonNode api = new ObjectMapper().readTree(json.toFile()).get("api");
        java.util.Set<String> endpoints = new java.util.HashSet<>();
        for (JsonNode row : api) {
            endpoints.add(row.get("endpoint").asText());
            assertTrue(row.get("requests").asInt() > 0);
            assertTrue(row.get("p99_ms").asDouble() >= row.get("p50_ms").asDouble(), row.toString());
        }
        assertTrue(endpoints.stream().anyMatch(e -> e.contains("search")), endpoints.toString());
        assertTrue(endpoints.stream().anyMatch(e -> e.contains("events")), endpoints.toString());
        // the store is filled once and kept: a second run adds no stories
        assertEquals(0, Main.run("bench", "--api", "300", "--api-requests", "5", "--api-data",
                dir.resolve("store").toString(), "--seeds", seeds().toString()));
    }

    @Test
    void saysWhatIsMissingWithoutACorpus() {
        assertEquals(2, Main.run("bench"));
    }
}
