package org.rasid.ingest;

/**
 * Why one input could not be read. Reading goes on with the other inputs; the error is
 * reported as an "error" record and on stderr.
 *
 * @param source the file (or "file.jsonl:12", "file.warc#record-id", "stdin") that failed
 * @param reason one of {@link #BINARY}, {@link #EMPTY}, {@link #ENCODING}, {@link #TOO_LARGE},
 *               {@link #BROKEN_HTML}, {@link #BAD_RECORD}, {@link #IO}
 * @param message a sentence a user can act on
 */
public record ReadError(String source, String reason, String message) {
    public static final String BINARY = "binary";
    public static final String EMPTY = "empty";
    public static final String ENCODING = "invalid-encoding";
    public static final String TOO_LARGE = "too-large";
    public static final String BROKEN_HTML = "broken-html";
    public static final String BAD_RECORD = "bad-record";
    public static final String IO = "io";

    /** One line for a terminal: a file name with a newline or escape codes cannot forge or hide a line. */
    @Override
    public String toString() {
        return printable(source) + ": " + reason + ": " + printable(message);
    }

    /** Control characters (newline, carriage return, ESC and the like) written as visible escapes. */
    public static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\x%02x", (int) c);
                });
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
