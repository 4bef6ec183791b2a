package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.pipeline.DocumentBudget;
import org.rasid.store.EventStore;

/**
 * A document over the per-document budget becomes one error naming it in {@code rasid extract}
 * and {@code rasid ingest}, and the other documents of the run still come through.
 */
class DocumentBudgetRunTest {
    @TempDir
    Path tmp;

    @Test
    void anOversizedDocumentFailsAloneInExtractAndIngest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-huge.txt"), "قصف ".repeat(DocumentBudget.DEFAULT_MAX_CHARS / 4 + 10),
                StandardCharsets.UTF_8);
        Path seed = IngestCrashTest.seedFiles().get(4);
        Files.copy(seed, in.resolve("b-seed.txt"));

        Path out = tmp.resolve("out.jsonl");
        assertEquals(1, Main.run("extract", "--out", out.toString(), in.toString()), "exit 1: one input failed");
        String records = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(records.contains("a-huge.txt") && records.contains("\"reason\":\"too-large\""), "error record for the huge file");
        assertTrue(records.contains("\"b-seed\"") || records.contains("b-seed"), "the seed still came through");

        Path data = tmp.resolve("data");
        assertEquals(1, Main.run("ingest", "--data", data.toString(), in.toString()));
        try (EventStore store = EventStore.open(data, null)) {
            assertEquals(1, store.counts().documents(), "the seed is stored, the huge file is not");
            assertTrue(store.document("b-seed").isPresent());
        }
    }
}
