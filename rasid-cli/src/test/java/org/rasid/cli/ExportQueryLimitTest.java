package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, item 11: "rasid export --q" with ~300 fuzzy terms printed a Lucene stack trace. */
class ExportQueryLimitTest {
    @Test
    void tooBroadAQueryIsOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path seeds = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(seeds.resolve("examples/seeds"))) {
            seeds = seeds.getParent();
        }
        seeds = seeds.resolve("examples/seeds");
        Path data = dir.resolve("data");
        assertEquals(0, Main.run("ingest", seeds.toString(), "--data", data.toString()));
        StringBuilder text = new StringBuilder();
        for (Path f : Files.list(seeds).sorted().toList()) {
            text.append(Files.readString(f)).append(' ');
        }
        String q = Arrays.stream(text.toString().split("[^\\p{IsArabic}]+")).filter(w -> w.length() == 3 || w.length() == 4)
                .distinct().limit(300).map(w -> w + "~").collect(Collectors.joining(" "));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("export", "--data", data.toString(), "--format", "jsonl", "--out",
                    dir.resolve("out.jsonl").toString(), "--q", q);
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, log);
        assertTrue(log.startsWith("rasid export: the search query has too many terms"), log);
        assertFalse(log.contains("\tat ") || log.contains("Exception"), log);
        assertEquals(1, log.strip().lines().count(), log);
    }
}
