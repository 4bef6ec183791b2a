package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One writer per data folder at a time, across processes: an OS lock on {@code writer.lock},
 * whose text says who holds it since when, so a second writer can tell the user what it waits
 * for. The OS drops the lock when its holder dies (kill -9 included), so it never goes stale.
 */
final class WriterLock implements AutoCloseable {
    static final String FILE = "writer.lock";
    private static final long POLL_MILLIS = 200;
    /**
     * Lock files held by stores of this JVM. Closing any channel of a file drops the process's
     * OS lock on it (POSIX), so a second store here must not even open the file: Lucene's
     * NativeFSLockFactory keeps the same set for the same reason.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final String folder;
    private FileChannel channel;
    private FileLock lock;

    WriterLock(Path dataDir) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE);
        this.folder = dataDir.toAbsolutePath().toString();
    }

    synchronized boolean held() {
        return lock != null;
    }

    /** Takes the lock if it is free; true when this store holds it (now or already). */
    synchronized boolean tryAcquire() {
        if (lock != null) {
            return true;
        }
        if (!HELD.add(file)) {
            return false;
        }
        try {
            FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock l;
            try {
                l = c.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // another store in this JVM holds it
            }
            if (l == null) {
                c.close();
                HELD.remove(file);
                return false;
            }
            channel = c;
            lock = l;
            byte[] who = ("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            c.truncate(0);
            c.write(ByteBuffer.wrap(who), 0);
            c.force(false);
            return true;
        } catch (IOException e) {
            HELD.remove(file);
            throw new UncheckedIOException("cannot lock " + file + " for writing: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the lock, telling {@code notice} once what it waits for.
     *
     * @throws IllegalStateException when another writer still holds it after {@code max}
     */
    void acquire(Duration max, Consumer<String> notice) {
        long deadline = System.nanoTime() + max.toNanos();
        boolean told = false;
        while (!tryAcquire()) {
            if (!told) {
                notice.accept("another rasid writer holds " + folder + " (" + holder() + "); waiting");
                told = true;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("another rasid writer holds " + folder + " (" + holder()
                        + "); gave up after " + max.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to write " + folder, e);
            }
        }
    }

    /** What the holder wrote: "pid N since TIME". */
    String holder() {
        if (HELD.contains(file)) {
            return "another store in this process";
        }
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "unknown process" : s;
        } catch (IOException e) {
            return "unknown process";
        }
    }

    synchronized void release() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel drops the lock in any case
        } finally {
            lock = null;
            channel = null;
            HELD.remove(file);
        }
    }

    @Override
    public void close() {
        release();
    }
}
