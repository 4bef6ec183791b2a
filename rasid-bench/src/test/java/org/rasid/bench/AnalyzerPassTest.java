package org.rasid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerPassTest {
    @TempDir
    Path dir;

    @Test
    void analysesTitleAndTextOfEveryLineLeavingStopWordsOut() throws Exception {
        Path f = dir.resolve("a.jsonl");
        // "على", "في" and "من" are ArabicAnalyzer stop words: 3 + 4 + 3 words are left
        Files.writeString(f, "{\"title\": \"قصف على ريف إدلب\", \"text\": \"قتل خمسة مدنيين في حلب\"}\n\n"
                + "{\"text\": \"انسحب المقاتلون من المدينة\"}\n", StandardCharsets.UTF_8);
        AnalyzerPass.Counts c = AnalyzerPass.run(List.of(f));
        assertEquals(2, c.docs());
        assertEquals(10, c.tokens());
        assertEquals("قصف على ريف إدلب".length() + "قتل خمسة مدنيين في حلب".length()
                + "انسحب المقاتلون من المدينة".length(), c.chars());
    }

    @Test
    void wholeProcessCountsTheChildsCpuTime() throws Exception {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{\"text\": \"قتل خمسة مدنيين في حلب\"}\n", StandardCharsets.UTF_8);
        if (!WholeProcessBench.available()) {
            return; // not Linux: the figures are not measured there
        }
        WholeProcessBench.Best b = new WholeProcessBench(1, List.of()).analyzer(List.of(f));
        // a JVM that loads Lucene's analysis classes takes some CPU, a second at most on its own
        assertTrue(b.cpuSeconds() > 0.02 && b.cpuSeconds() < 30, "cpu " + b.cpuSeconds());
        assertTrue(b.wallSeconds() > 0, "wall " + b.wallSeconds());
    }
}
