package org.rasid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.testing.CollectingSink;

/** Folders and paths that are not plain files: issue 17, items 2, 6 and 7. */
class FolderHazardTest {
    @TempDir
    Path dir;

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"text\":\"اشتباكات بين قوات النظام وفصائل المعارضة في ريف حماة\"}\n";
    }

    private void folderWithAnUnreadableMiddle() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), line("a"));
        Files.createDirectories(dir.resolve("b_locked"));
        Files.writeString(dir.resolve("b_locked/hidden-from-us.jsonl"), line("locked"));
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/c.jsonl"), line("c"));
    }

    /** Item 6: one sub-folder that cannot be listed used to end the whole folder with 0 documents. */
    @Test
    void unreadableSubFolderIsReportedAndTheRestRead() throws Exception {
        folderWithAnUnreadableMiddle();
        Path locked = dir.resolve("b_locked");
        // the seam stands for chmod 000, which does not stop root (tests often run as root)
        FolderWalker walker = new FolderWalker(d -> {
            if (d.equals(locked)) {
                throw new AccessDeniedException(d.toString());
            }
            return Files.newDirectoryStream(d);
        });
        CollectingSink c = new CollectingSink();
        new SourceReader(SourceReader.DEFAULT_MAX_BYTES, walker).read(dir, c);
        assertEquals(List.of("a", "c"), c.documents.stream().map(Document::id).toList());
        assertEquals(1, c.errors.size(), c.errors.toString());
        assertEquals(locked.toString(), c.errors.get(0).source());
        assertEquals(ReadError.IO, c.errors.get(0).reason());
    }

    /** Item 6 with a real chmod 000 folder; as root permissions do not stop reads, so it is skipped there. */
    @Test
    void chmodZeroSubFolderIsReportedAndTheRestRead() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads a chmod 000 folder anyway");
        folderWithAnUnreadableMiddle();
        Path locked = dir.resolve("b_locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            CollectingSink c = new CollectingSink();
            new SourceReader().read(dir, c);
            assertEquals(List.of("a", "c"), c.documents.stream().map(Document::id).toList());
            assertEquals(locked.toString(), c.errors.get(0).source());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void mkfifo(Path p) throws Exception {
        Process m = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, m.waitFor());
    }

    private static Thread writeInto(Path fifo, String content) {
        Thread t = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Item 7: a named pipe (what /dev/stdin and <(cat f.jsonl) are) used to fail with "Illegal seek". */
    @Test
    void namedPipesAreReadAsStreams() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            many.append(line("p" + i));
        }
        for (String name : List.of("pipe", "pipe.jsonl", "pipe.txt")) {
            Path fifo = dir.resolve(name);
            mkfifo(fifo);
            String content = name.endsWith(".txt") ? "قصف مدفعي على بلدة في ريف إدلب الجنوبي" : many.toString();
            Thread writer = writeInto(fifo, content);
            CollectingSink c = new CollectingSink();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new SourceReader().read(fifo, c));
            writer.join(5000);
            assertEquals(List.of(), c.errors, name);
            assertEquals(name.endsWith(".txt") ? 1 : 2000, c.documents.size(), name);
        }
    }

    /** Item 7: FIFOs and dangling links inside a folder used to be skipped silently. */
    @Test
    void fifoAndDanglingLinkInAFolderAreSkippedWithANotice() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), line("a"));
        mkfifo(dir.resolve("b.jsonl"));
        Files.createSymbolicLink(dir.resolve("c.jsonl"), dir.resolve("gone.jsonl"));
        Files.writeString(dir.resolve("d.jsonl"), line("d"));
        CollectingSink c = new CollectingSink();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new SourceReader().read(dir, c));
        assertEquals(List.of("a", "d"), c.documents.stream().map(Document::id).toList());
        assertEquals(List.of(), c.errors);
        assertEquals(2, c.notices.size(), c.notices.toString());
        assertTrue(c.notices.get(0).startsWith(dir.resolve("b.jsonl") + ": "), c.notices.toString());
        assertTrue(c.notices.get(0).contains("not a regular file"), c.notices.toString());
        assertTrue(c.notices.get(1).startsWith(dir.resolve("c.jsonl") + ": "), c.notices.toString());
        assertTrue(c.notices.get(1).contains("dangling"), c.notices.toString());
    }

    /** Item 2: a file that grows while it is read (the run's own output) used to be read forever. */
    @Test
    void aFileIsReadOnlyUpToItsSizeWhenTheRunStarted() throws Exception {
        Path f = dir.resolve("grows.jsonl");
        Files.writeString(f, line("g1") + line("g2") + line("g3"));
        CollectingSink c = new CollectingSink() {
            @Override
            public void document(Document d) {
                super.document(d);
                try { // what "rasid extract DIR > DIR/out.jsonl" did: every document grows an input
                    Files.writeString(f, line(d.id() + "x"), StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new SourceReader().read(dir, c));
        assertEquals(List.of("g1", "g2", "g3"), c.documents.stream().map(Document::id).toList());
        c.documents.clear();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new SourceReader().read(f, c));
        assertEquals(6, c.documents.size());
    }
}
