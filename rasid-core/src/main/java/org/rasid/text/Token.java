package org.rasid.text;

import java.util.List;

/**
 * A word of the normalised text: [start, end) are normalised offsets. A document's tokens are
 * built once ({@link NormalizedText#tokens(int, int)}) and read by every recognizer, so a token
 * keeps its clitic readings once asked for them.
 */
public final class Token {
    private final int start;
    private final int end;
    private final String text;
    private List<CliticSplitter.Reading> readings;
    private List<CliticSplitter.Reading> readingsWithPronouns;
    private WordForms forms;

    public Token(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** {@link CliticSplitter#readings(String, boolean)} of the text, kept after the first call. */
    public List<CliticSplitter.Reading> readings(boolean withPronouns) {
        if (withPronouns) {
            List<CliticSplitter.Reading> r = readingsWithPronouns;
            if (r == null) {
                r = CliticSplitter.readings(text, true);
                readingsWithPronouns = r;
            }
            return r;
        }
        List<CliticSplitter.Reading> r = readings;
        if (r == null) {
            r = CliticSplitter.readings(text, false);
            readings = r;
        }
        return r;
    }

    WordForms forms() {
        WordForms f = forms;
        if (f == null) {
            f = WordForms.of(text);
            forms = f;
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return (31 * Integer.hashCode(start) + Integer.hashCode(end)) * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", text=" + text + "]";
    }
}
