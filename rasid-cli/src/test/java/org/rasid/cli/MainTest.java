package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private static String out(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpAndNoCommandListEveryCommandInOrderWithBenchsOneLineHeader() {
        for (String usage : new String[] {out("--help"), out()}) {
            int at = -1;
            for (String name : Main.COMMANDS) {
                int i = usage.indexOf("\n  " + name + " ");
                assertTrue(i > at, name + " missing or out of order in:\n" + usage);
                at = i;
            }
            assertTrue(usage.contains("Measure the throughput of each pipeline stage, on one thread and"), usage);
        }
    }

    @Test
    void aCommandsHelpIsItsOwnAndNoLongerPromisesIngestSeeding() {
        String help = out("extract", "--help");
        assertTrue(help.startsWith("Usage: rasid extract "), help);
        assertTrue(help.contains("--dedup-mb=MB"), help);
        assertFalse(help.contains("An ingest starts them"), help);
    }
}
