package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 2: "rasid extract DIR > DIR/out.jsonl" and "--out DIR/out.jsonl" read their
 * own growing output (7 GB in 3 minutes). The output file is now skipped, as tar skips its archive.
 */
class ExtractOwnOutputTest {
    @TempDir
    Path dir;

    private Path folderOfArticles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append("{\"id\":\"a").append(i).append("\",\"text\":\"قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي")
                    .append(" صباح اليوم، ما أدى إلى مقتل ").append(i + 2).append(" مدنيين\"}\n");
        }
        Files.writeString(in.resolve("a.jsonl"), b.toString());
        return in;
    }

    private static long documents(Path out) throws Exception {
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("{\"record\":\"document\"")).count();
    }

    private Process extract(Path stdout, Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", IngestCrashTest.childClasspath(dir.resolve("cp")), Main.class.getName(), "extract"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
    }

    @Test
    void stdoutIntoTheFolderReadIsNotReadBack() throws Exception {
        Path in = folderOfArticles();
        Path out = in.resolve("z-out.jsonl");
        Path log = dir.resolve("err.log");
        Process p = extract(out, log, in.toString());
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        assertTrue(ended, "rasid extract DIR > DIR/z-out.jsonl kept reading its own output: " + Files.size(out)
                + " bytes written");
        String err = Files.readString(log);
        assertEquals(0, p.exitValue(), err);
        assertEquals(40, documents(out));
        assertTrue(err.contains(out + ": skipped: it is this run's output"), err);
    }

    @Test
    void outOptionIntoTheFolderReadIsNotReadBack() throws Exception {
        Path in = folderOfArticles();
        Path out = in.resolve("z-out.jsonl");
        Path log = dir.resolve("err.log");
        Process p = extract(dir.resolve("stdout"), log, in.toString(), "--out", out.toString());
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        assertTrue(ended, "rasid extract DIR --out DIR/z-out.jsonl kept reading its own output");
        String err = Files.readString(log);
        assertEquals(0, p.exitValue(), err);
        assertEquals(40, documents(out));
        assertTrue(err.contains(out + ": skipped: it is this run's output"), err);
    }
}
