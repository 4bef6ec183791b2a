package org.rasid.text;

import java.util.List;

/**
 * A word of the normalised text: [start, end) are normalised offsets. A document's tokens are
 * built once ({@link NormalizedText#tokens(int, int)}) and read by every recognizer; its {@link Word}
 * holds the analyses (clitic readings, lexicon gates), shared with every token of the same spelling.
 */
public final class Token {
    private final int start;
    private final int end;
    private final Word word;

    public Token(int start, int end, String text) {
        this(start, end, Vocabulary.word(text));
    }

    Token(int start, int end, Word word) {
        this.start = start;
        this.end = end;
        this.word = word;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return word.text();
    }

    /** The distinct word this token spells, with its analyses shared by all its tokens. */
    public Word word() {
        return word;
    }

    public boolean isNumber() {
        String text = word.text();
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** {@link CliticSplitter#readings(String, boolean)} of the text, split once per distinct word. */
    public List<CliticSplitter.Reading> readings(boolean withPronouns) {
        return word.readings(withPronouns);
    }

    WordForms forms() {
        return word.forms();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.text().equals(text());
    }

    @Override
    public int hashCode() {
        return (31 * Integer.hashCode(start) + Integer.hashCode(end)) * 31 + text().hashCode();
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", text=" + text() + "]";
    }
}
