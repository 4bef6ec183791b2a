package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rasid serve} refuses, before opening any port, to listen beyond loopback without an
 * API token (or with one too short to be one), and says why without a stack trace.
 */
class ServeExposureTest {
    @TempDir
    Path tmp;

    @Test
    void refusesToServeBeyondLoopbackWithoutAToken() throws Exception {
        String cp = IngestCrashTest.childClasspath(tmp.resolve("cp"));
        for (List<String> flags : List.of(List.of("--host", "0.0.0.0"), List.of("--host", "::"),
                List.of("--host", "0.0.0.0", "--token", "short"), List.of("--host", "0.0.0.0", "--token", " "))) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", cp, Main.class.getName(), "serve", "--port", "0", "--data", tmp.resolve("data").toString()));
            cmd.addAll(flags);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().remove("RASID_TOKEN");
            Path out = tmp.resolve("serve.log");
            Process p = pb.redirectOutput(out.toFile()).start();
            boolean ended = p.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            String log = Files.readString(out);
            assertTrue(ended, flags + ": rasid serve kept running (it must refuse): " + log);
            assertNotEquals(0, p.exitValue(), flags + ": exit code 0");
            assertTrue(log.contains("token"), flags + ": the refusal should name the token: " + log);
            assertFalse(log.contains("\tat ") || log.contains("Exception"), flags + ": stack trace shown: " + log);
        }
    }
}
