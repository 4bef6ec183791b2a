package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.EventStore;

/** An ingest's duplicate indexes start with the stored documents their window holds, newest last. */
class DuplicateSeedTest {
    private static final String OLDEST = "000_235f1568e4c190a8";
    private static final String NEWEST = "004_7ac2fd58674b5272";

    @TempDir
    Path dir;

    private static String text(String id) throws Exception {
        return Files.readString(IngestCommandTest.seeds().resolve(id + ".txt"), StandardCharsets.UTF_8);
    }

    private Path store() {
        Path data = dir.resolve("data");
        assertEquals("0", IngestCommandTest.run("ingest", IngestCommandTest.seeds().toString(), "--data",
                data.toString())[0]);
        return data;
    }

    @Test
    void aStoreSmallerThanTheWindowIsFedWhole() throws Exception {
        Path data = store();
        Pipeline pipeline = Pipeline.withDefaults();
        try (EventStore s = EventStore.open(data, null)) {
            for (long window : new long[] {0, DuplicateWindowOption.DEFAULT_DEDUP_MB << 20}) {
                DuplicateSeed seed = DuplicateSeed.of(s, pipeline, window);
                assertEquals(5, seed.documents());
                assertTrue(seed.all());
                assertEquals(0, seed.rounds());
            }
        }
    }

    @Test
    void aSmallWindowTakesTheNewestDocumentsThatFillIt() throws Exception {
        Path data = store();
        Pipeline pipeline = Pipeline.withDefaults();
        try (EventStore s = EventStore.open(data, null)) {
            // a window larger than the newest document (16,696 characters) and smaller than the five
            DuplicateSeed seed = DuplicateSeed.of(s, pipeline, 96 << 10);
            assertFalse(seed.all());
            assertTrue(seed.documents() >= 1 && seed.documents() < 5, "documents " + seed.documents());
            assertTrue(seed.paragraphs().filled() && seed.stories().filled());
            // the newest stored document (seeds are read in name order) is remembered: its copy is found
            String newest = text(NEWEST);
            DocumentResult copy = pipeline.process(Document.ofText("copy", newest), seed.paragraphs(), seed.stories());
            assertTrue(copy.duplicates().stream().anyMatch(d -> d.ofDoc().equals(NEWEST)),
                    "a copy of the newest stored document is found as a repeat: " + copy.duplicates());
            // and the oldest, outside the window, is not
            DocumentResult old = pipeline.process(Document.ofText("old", text(OLDEST)), seed.paragraphs(),
                    seed.stories());
            assertTrue(old.duplicates().stream().noneMatch(d -> d.ofDoc().equals(OLDEST)), old.duplicates()::toString);
        }
    }
}
