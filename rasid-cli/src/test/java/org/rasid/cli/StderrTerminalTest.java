package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: escape codes of the progress bar reached logs that are not terminals. */
class StderrTerminalTest {
    @Test
    void onlyATerminalDeviceIsATerminal(@TempDir Path dir) throws Exception {
        assertTrue(StderrTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"))));
        assertFalse(StderrTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("log"), dir.resolve("ingest.log"))));
        assertFalse(StderrTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[1234]"))));
        assertFalse(StderrTerminal.isTerminal(dir.resolve("absent")));
    }
}
