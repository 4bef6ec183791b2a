package org.rasid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so that the progress bar may redraw itself with escape
 * codes. {@code System.console()} is not the answer: it only says stdin and stdout are a
 * terminal, and "rasid ingest DIR 2&gt; ingest.log" typed in a terminal would fill the log with
 * escape codes. Where the system cannot say (no /proc), the answer is no: plain lines.
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    static boolean detect() {
        String term = System.getenv("TERM");
        if (term == null || term.equals("dumb") || System.getenv("NO_COLOR") != null) {
            return false;
        }
        return isTerminal(Path.of("/proc/self/fd/2"));
    }

    /** A file descriptor link (/proc/self/fd/N) that points at a terminal device. */
    static boolean isTerminal(Path fdLink) {
        try {
            String target = Files.readSymbolicLink(fdLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
