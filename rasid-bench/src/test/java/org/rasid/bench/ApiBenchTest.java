package org.rasid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;

/** The bench entry runs end to end on a small synthetic store (no timing is asserted). */
class ApiBenchTest {
    @TempDir
    Path dir;

    @Test
    void measuresEveryEndpointOnASyntheticStore() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path f : SeedFixtures.seedFiles()) {
            Files.readAllLines(f).stream().filter(l -> l.strip().length() > 40).forEach(lines::add);
        }
        try (EventStore store = EventStore.open(dir, null)) {
            assertEquals(300, SyntheticCorpus.fill(store, 300, 1, lines));
            assertEquals(300, store.counts().stories());
            assertEquals(100, SyntheticCorpus.fill(store, 100, 1, lines), "a second fill continues");
            ApiBench.Report r = ApiBench.run(store, 60, 3);
            assertEquals(400, r.counts().documents());
            assertEquals(4, r.latencies().size());
            for (ApiBench.Latency l : r.latencies()) {
                assertTrue(l.p50Ms() > 0 && l.p50Ms() <= l.p99Ms() && l.p99Ms() <= l.maxMs(), l.toString());
            }
        }
    }
}
