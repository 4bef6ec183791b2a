package org.rasid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How far an ingest is through its input, in bytes: the files finished, plus the part of the
 * current file its documents have reached. A JSON Lines document's source ends in its line
 * number ("articles.jsonl:812"), so one large JSON Lines file moves the bar line by line
 * (its lines are counted once when it starts); other files count when they end.
 */
final class InputProgress {
    private final long total;
    private long done;
    private String current;
    private long currentSize;
    private long currentLines;
    private long within;

    InputProgress(long totalBytes) {
        this.total = totalBytes;
    }

    /** A file is about to be read. */
    void startFile(Path f) {
        current = f.toString();
        within = 0;
        currentLines = 0;
        try {
            currentSize = Files.size(f);
            String name = current.toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                currentLines = lines(f);
            }
        } catch (IOException e) {
            currentSize = 0; // the reader reports the file's error
        }
    }

    /** A document of the current file was read from {@code source}. */
    void document(String source) {
        if (currentLines == 0 || source == null || !source.startsWith(current + ":")) {
            return;
        }
        try {
            long line = Long.parseLong(source.substring(current.length() + 1));
            within = Math.max(within, Math.min(currentSize, currentSize * line / currentLines));
        } catch (NumberFormatException e) {
            // not a line number: the file counts when it ends
        }
    }

    /** The current file was read to its end. */
    void endFile() {
        done += currentSize;
        within = 0;
        current = null;
        currentLines = 0;
    }

    /** 0..1; 0 while nothing is known (stdin only). */
    double fraction() {
        return total == 0 ? 0 : Math.min(1, (double) (done + within) / total);
    }

    /** Lines of a file, counted by newline bytes (a last line without one counts too). */
    static long lines(Path f) throws IOException {
        long n = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                last = buf[r - 1];
            }
        }
        return last == '\n' ? n : n + 1;
    }
}
