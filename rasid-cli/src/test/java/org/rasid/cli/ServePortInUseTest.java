package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: "rasid serve" on a port already in use printed a 43-line stack trace. */
class ServePortInUseTest {
    @Test
    void aTakenPortIsOneLine(@TempDir Path dir) throws Exception {
        // an existing (empty) store: serve refuses a folder without one before it looks at the port
        org.rasid.store.EventStore.open(dir.resolve("data"), null).close();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run("serve", "--port",
                        String.valueOf(taken.getLocalPort()), "--data", dir.resolve("data").toString()));
            } finally {
                System.setErr(err);
            }
            String log = captured.toString(StandardCharsets.UTF_8).strip();
            assertEquals(1, code, log);
            assertEquals(1, log.lines().count(), log);
            assertTrue(log.contains("port " + taken.getLocalPort()) && log.contains("in use"), log);
            assertFalse(log.contains("Exception"), log);
        }
    }

    /** Issue 17: "rasid --help" cut the bench description off ("on one thread and on"). */
    @Test
    void helpListsEveryCommandInWholeSentences() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("--help"));
        } finally {
            System.setOut(out);
        }
        String help = captured.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(help.contains("bench Measure the throughput of each pipeline stage, on one thread and on all cores."),
                help);
    }
}
