package org.rasid.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits normalised text into words: runs of letters, digits and combining marks. Punctuation,
 * quotes and spaces separate words and are not tokens. Clitics stay attached here; see
 * {@link CliticSplitter} for their readings.
 */
public final class ArabicTokenizer {
    private ArabicTokenizer() {
    }

    public static List<Token> tokenize(String normalized) {
        return tokenize(normalized, 0, normalized.length());
    }

    public static List<Token> tokenize(String normalized, int from, int to) {
        // one copy of the chars: String.charAt checks the index and the coder on every char
        char[] chars = new char[to - from];
        normalized.getChars(from, to, chars, 0);
        return new ArrayList<>(Arrays.asList(tokens(chars, from)));
    }

    /**
     * The tokens of the whole text in an array of their number, for {@link NormalizedText}, which
     * keeps them. The same tokens as {@link #tokenize(String)}.
     */
    static Token[] tokenArray(String normalized) {
        return tokens(normalized.toCharArray(), 0);
    }

    /**
     * The words of {@code chars}, offsets shifted by {@code base}: counted first, so no list grows
     * (a copy at each step) and is copied again into an array.
     */
    private static Token[] tokens(char[] chars, int base) {
        int n = chars.length;
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            boolean w = isWordChar(chars[i]);
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        Token[] tokens = new Token[count];
        Vocabulary.Recent recent = Vocabulary.recent();
        int k = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(chars[i])) {
                i++;
            }
            int s = i;
            while (i < n && isWordChar(chars[i])) {
                i++;
            }
            if (i > s) {
                tokens[k++] = new Token(base + s, base + i, Vocabulary.word(recent, chars, s, i));
            }
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) {
            return true; // Arabic letters, the bulk of the text: skip the Unicode tables
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
