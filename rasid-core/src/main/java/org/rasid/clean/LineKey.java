package org.rasid.clean;

import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/** The comparison form of a short line: normalised, without symbols or punctuation at its ends. */
final class LineKey {
    private LineKey() {
    }

    static String of(String line) {
        String n = ArabicNormalizer.normalizeTerm(line);
        int s = 0;
        int e = n.length();
        while (s < e && !Character.isLetterOrDigit(n.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(n.charAt(e - 1))) {
            e--;
        }
        return singleSpaced(n, s, e);
    }

    /**
     * The key of a line of the document, cut from the document's normalised text instead of
     * normalising the line again: normalisation goes code point by code point and a line
     * starts and ends at one, so the cut is the line's own normalised text. Equal to
     * {@code of(line.of(doc.original()))}.
     */
    static String of(NormalizedText doc, Span line) {
        String n = doc.text();
        int s = doc.fromOriginal(line.start());
        int e = doc.fromOriginal(line.end());
        while (s < e && !Character.isLetterOrDigit(n.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(n.charAt(e - 1))) {
            e--;
        }
        return singleSpaced(n, s, e);
    }

    /** {@code s.replaceAll("\\s+", " ")} without a regular expression. */
    static String singleSpaced(String s) {
        return singleSpaced(s, 0, s.length());
    }

    /** Chars [s, e) of {@code n}, each run of white space as one plain space, as "\\s+" would. */
    private static String singleSpaced(String n, int s, int e) {
        StringBuilder out = null;
        for (int i = s; i < e; i++) {
            char c = n.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < e && isRegexSpace(n.charAt(i + 1)))) {
                // a run of white space other than one plain space: collapse it
                if (out == null) {
                    out = new StringBuilder(e - s).append(n, s, i);
                }
                out.append(' ');
                while (i + 1 < e && isRegexSpace(n.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? n.substring(s, e) : out.toString();
    }

    /** What "\\s" matches without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code key.split(" ").length} (0 for ""), counted instead of split: every line of every
     * document asks it, and the split's substrings were a few percent of the warm pipeline.
     * Split drops trailing empty parts, so spaces after the last other char do not count.
     */
    static int words(String key) {
        int last = key.length() - 1;
        while (last >= 0 && key.charAt(last) == ' ') {
            last--;
        }
        if (last < 0) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < last; i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
