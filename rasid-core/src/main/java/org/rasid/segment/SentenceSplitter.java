package org.rasid.segment;

import java.util.ArrayList;
import java.util.List;
import org.rasid.text.Span;

/**
 * Sentences of one paragraph: a sentence ends at . ! ? ؟ … or ۔ followed by white space (or the
 * paragraph's end), together with the closing quotes and brackets right after it. A full stop
 * between digits (3.5) or inside a word (العربية.نت) ends nothing. Spans are trimmed; a stray
 * run of punctuation (". .") is joined to the sentence before it.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    public static List<Span> split(String text, Span paragraph) {
        List<Span> out = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (isTerminator(c)) {
                int j = i + 1;
                while (j < end && (isTerminator(text.charAt(j)) || isCloser(text.charAt(j)))) {
                    j++;
                }
                boolean decimal = c == '.' && i > start && Character.isDigit(text.charAt(i - 1)) && j < end
                        && Character.isDigit(text.charAt(j));
                boolean atBreak = j >= end || Character.isWhitespace(text.charAt(j))
                        || (c != '.' && Character.isLetter(text.charAt(j)));
                if (!decimal && atBreak) {
                    addTrimmed(text, start, j, out);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        addTrimmed(text, start, end, out);
        return out;
    }

    private static void addTrimmed(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s)) || s < e && Character.isSpaceChar(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) {
            e--;
        }
        if (e <= s) {
            return;
        }
        boolean hasWord = false;
        for (int k = s; k < e && !hasWord; k++) {
            hasWord = Character.isLetterOrDigit(text.charAt(k));
        }
        if (!hasWord && !out.isEmpty()) {
            Span last = out.remove(out.size() - 1);
            out.add(new Span(last.start(), e));
        } else if (hasWord) {
            out.add(new Span(s, e));
        }
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u201D' || c == '\u2019'
                || c == '\u00BB' || c == '\u203A';
    }
}
