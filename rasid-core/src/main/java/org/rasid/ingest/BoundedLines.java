package org.rasid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, each held only up to a bound: a longer line is read through to its
 * end and dropped, so one runaway line costs no more memory than the bound. Lines end where
 * {@link java.io.BufferedReader#readLine()} ends them: at \n, \r or \r\n.
 */
final class BoundedLines {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos, lim;
    private boolean afterCr;
    private byte[] line = new byte[256];
    private int length;
    private long fullLength;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, maxBytes));
    }

    /**
     * Moves to the next line; false at the end of the stream. Then {@link #bytes()} holds the line
     * without its end, or null when it was longer than the bound ({@link #fullLength()} tells by how much).
     */
    boolean next() throws IOException {
        length = 0;
        fullLength = 0;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    return fullLength > 0;
                }
            }
            if (afterCr) { // the \n of a \r\n belongs to the line the \r ended
                afterCr = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int start = pos;
            while (pos < lim && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            keep(start, pos - start);
            if (pos < lim) {
                afterCr = buf[pos] == '\r';
                pos++;
                return true;
            }
        }
    }

    private void keep(int from, int n) {
        fullLength += n;
        if (fullLength > maxBytes) {
            return; // over the bound: counted, not held
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(length + n, 2L * line.length)));
        }
        System.arraycopy(buf, from, line, length, n);
        length += n;
    }

    /** The current line's bytes (a copy), or null when it was over the bound. */
    byte[] bytes() {
        return fullLength > maxBytes ? null : Arrays.copyOf(line, length);
    }

    long fullLength() {
        return fullLength;
    }
}
