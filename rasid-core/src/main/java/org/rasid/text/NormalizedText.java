package org.rasid.text;

import java.util.Arrays;

/**
 * A matching copy of an original text, with a map from every normalised char back to the
 * original chars it came from. The original is never changed; offsets reported to users always
 * come from {@link #toOriginal(int, int)}.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;

    NormalizedText(String original, String text, int[] origStart, int[] origEnd) {
        this.original = original;
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    public String original() {
        return original;
    }

    /** The normalised text, for matching only. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The original span covered by normalised chars [start, end). */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IndexOutOfBoundsException("[" + start + "," + end + ") of " + text.length());
        }
        if (start == end) {
            int at = start < text.length() ? origStart[start] : original.length();
            return new Span(at, at);
        }
        return new Span(origStart[start], origEnd[end - 1]);
    }

    /** The first normalised index whose original start is at or after {@code originalOffset}. */
    public int fromOriginal(int originalOffset) {
        int i = Arrays.binarySearch(origStart, originalOffset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && origStart[i - 1] == originalOffset) {
            i--;
        }
        return i;
    }
}
