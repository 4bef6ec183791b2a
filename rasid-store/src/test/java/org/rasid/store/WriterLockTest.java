package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockTest {
    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeAndTheSecondIsToldWhoHoldsIt() {
        try (WriterLock first = new WriterLock(dir); WriterLock second = new WriterLock(dir)) {
            assertTrue(first.tryAcquire());
            assertTrue(first.tryAcquire(), "re-entrant for its holder");
            assertFalse(second.tryAcquire());
            List<String> told = new ArrayList<>();
            var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> second.acquire(Duration.ofMillis(300), told::add));
            assertTrue(told.size() == 1 && told.get(0).contains("another rasid writer holds " + dir.toAbsolutePath())
                    && told.get(0).endsWith("waiting"), told.toString());
            assertTrue(e.getMessage().contains("gave up after"), e.getMessage());
            first.release();
            second.acquire(Duration.ofSeconds(5), told::add);
            assertTrue(second.held());
            assertFalse(first.tryAcquire());
        }
    }

    @Test
    void theLockFileSaysWhichProcessHoldsItSinceWhen() throws Exception {
        try (WriterLock lock = new WriterLock(dir)) {
            lock.tryAcquire();
            String text = java.nio.file.Files.readString(dir.resolve(WriterLock.FILE));
            assertTrue(text.startsWith("pid " + ProcessHandle.current().pid() + " since 20"), text);
        }
    }
}
