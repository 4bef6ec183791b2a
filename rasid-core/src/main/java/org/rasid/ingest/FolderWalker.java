package org.rasid.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The regular files under a folder, in path order, hidden entries (a name starting with ".")
 * and their contents skipped, with each file's size when it was listed. A sub-folder that cannot
 * be listed is an error naming it and the rest is still listed; a named pipe, socket, device or
 * dangling link is a notice, never read (reading a pipe nobody writes blocks forever). Links to
 * files are followed, links to folders are not (a link loop cannot trap the walk).
 */
public final class FolderWalker {
    /** Lists one folder: {@link Files#newDirectoryStream(Path)}, or a stand-in in tests. */
    interface Lister {
        DirectoryStream<Path> open(Path dir) throws IOException;
    }

    /** One file to read and its size when the walk saw it: reading stops there even if it grows. */
    public record Entry(Path path, long size) {
    }

    private record Skipped(Path path, String reason) {
    }

    private final Lister lister;

    public FolderWalker() {
        this(Files::newDirectoryStream);
    }

    FolderWalker(Lister lister) {
        this.lister = lister;
    }

    public List<Entry> walk(Path root, DocumentSink sink) {
        List<Entry> out = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(); // reported in path order too
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty()) {
            Path dir = folders.pop();
            try (DirectoryStream<Path> entries = lister.open(dir)) {
                for (Path p : entries) {
                    if (p.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    BasicFileAttributes own;
                    try {
                        own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) { // gone since listed, or not to be examined: this entry only
                        skipped.add(new Skipped(p, "cannot be examined (" + why(e) + ")"));
                        continue;
                    }
                    if (own.isDirectory()) {
                        folders.push(p);
                    } else if (own.isRegularFile()) {
                        out.add(new Entry(p, own.size()));
                    } else if (own.isSymbolicLink()) {
                        link(p, out, skipped);
                    } else {
                        skipped.add(new Skipped(p, "not a regular file (a named pipe, socket or device)"));
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException io = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                sink.error(new ReadError(dir.toString(), ReadError.IO, "cannot list folder ("
                        + why(io) + "); its files are skipped, the rest is read"));
            }
        }
        out.sort(Comparator.comparing(Entry::path));
        skipped.sort(Comparator.comparing(Skipped::path));
        for (Skipped s : skipped) {
            sink.notice(s.path().toString(), "skipped: " + s.reason());
        }
        return out;
    }

    private static void link(Path p, List<Entry> out, List<Skipped> skipped) {
        try {
            BasicFileAttributes target = Files.readAttributes(p, BasicFileAttributes.class);
            if (target.isRegularFile()) {
                out.add(new Entry(p, target.size()));
            } else if (!target.isDirectory()) {
                skipped.add(new Skipped(p, "a link to something that is not a regular file"));
            }
        } catch (IOException e) {
            skipped.add(new Skipped(p, "a dangling link (" + why(e) + ")"));
        }
    }

    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
