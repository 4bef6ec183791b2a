package org.rasid.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Normalises Arabic news text for matching: NFKC, no tatweel or diacritics, one alef, ta marbuta
 * as ha, alef maqsura and Persian yeh as ya, Persian kaf as kaf, hamza carriers folded, Western
 * digits, plain spaces, no zero-width or bidi controls, lower-case Latin.
 *
 * <p>Written here rather than taken from Lucene's ArabicNormalizer because that one rewrites a
 * buffer in place and keeps no offsets; every normalised char here maps back to the original.
 */
public final class ArabicNormalizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ArabicNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        return foldInto(original, new Builder(original.length(), true)).build(original);
    }

    /** The folded chars of {@code original} appended to {@code out}, each with its original range. */
    private static Builder foldInto(String original, Builder out) {
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            // ASCII and the Arabic letters are their own NFKC (one char at a time); alef, waw and
            // ya are not "inert" (a following hamza or madda would compose), which sent the most
            // frequent letters down the allocating path below.
            if (cp < 0x80 || (cp >= 0x0621 && cp <= 0x064A) || NFKC.isInert(cp)) {
                out.append(fold(cp), i, next);
            } else {
                // compatibility forms (presentation-form ligatures) may expand to several letters
                String expanded = NFKC.normalize(new String(Character.toChars(cp)));
                for (int k = 0; k < expanded.length(); ) {
                    int e = expanded.codePointAt(k);
                    k += Character.charCount(e);
                    out.append(fold(e), i, next);
                }
            }
            i = next;
        }
        return out;
    }

    /**
     * The normalised chars and, for each, where its original code point starts. Two arrays sized
     * once from the original's length (folding mostly keeps or drops chars; ligatures may grow
     * them): no StringBuilder widened from Latin-1 on the first Arabic letter, and the offset
     * array handed over as it is rather than copied to size. Where a char's original range ends
     * is not kept: it is the end of the code point starting there (see {@link NormalizedText}).
     */
    private static final class Builder {
        private static final int REUSED_CHARS = 1 << 20;
        private static final ThreadLocal<char[][]> DOCUMENT_CHARS = ThreadLocal.withInitial(() -> new char[1][]);
        private char[] text;
        private int[] start;
        private int len;

        /** @param offsets false for a lexicon term, whose offsets nobody reads */
        Builder(int capacity, boolean offsets) {
            text = offsets ? documentChars(capacity + 8) : new char[capacity + 8];
            start = offsets ? new int[capacity + 8] : null;
        }

        /**
         * The thread's buffer for a document's normalised chars: {@link #text()} copies them into
         * the String, so the buffer is not kept and serves the thread's next document (a new one
         * per document was a fifth of the normaliser's bytes). A document longer than
         * {@link #REUSED_CHARS} gets its own, so a thread keeps at most that much.
         */
        private static char[] documentChars(int length) {
            if (length > REUSED_CHARS) {
                return new char[length];
            }
            char[][] slot = DOCUMENT_CHARS.get();
            if (slot[0] == null || slot[0].length < length) {
                slot[0] = new char[Math.max(length, 1 << 12)];
            }
            return slot[0];
        }

        void append(char c, int from, int to) {
            if (c == 0) {
                return;
            }
            // the text's buffer may be a thread's longer one: the offsets' array bounds them too
            if (len == text.length || start != null && len == start.length) {
                int grown = len * 2 + 16;
                text = java.util.Arrays.copyOf(text, grown);
                if (start != null) {
                    start = java.util.Arrays.copyOf(start, grown);
                }
            }
            text[len] = c;
            if (start != null) {
                start[len] = from; // its end, to, is the end of the code point at from
            }
            len++;
        }

        String text() {
            return new String(text, 0, len);
        }

        NormalizedText build(String original) {
            return new NormalizedText(original, text(), start);
        }
    }

    /** Normalises a short lexicon string (no offsets needed). */
    public static String normalizeTerm(String s) {
        return singleSpaced(foldInto(s, new Builder(s.length(), false)).text().trim());
    }

    /**
     * Runs of spaces as one space. A loop, not {@code replaceAll(" +", " ")}: that compiled a
     * regex per call, and loading the lexicons calls this for every name (a fifth of start-up).
     */
    static String singleSpaced(String s) {
        int i = s.indexOf("  ");
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i + 1);
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != ' ' || s.charAt(k - 1) != ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The matching form of one code point, or 0 to drop it. */
    static char fold(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp;
        }
        switch (cp) {
            case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
                return 'ا';
            case 0x0649: case 0x06CC: case 0x06D2: case 0x0626:
                return 'ي';
            case 0x0629: case 0x06C1: case 0x06D5:
                return 'ه';
            case 0x06A9: case 0x06AA:
                return 'ك';
            case 0x0624:
                return 'و';
            case 0x0640:
                return 0; // tatweel
            case 0x00A0: case 0x2007: case 0x202F: case 0x3000:
                return ' ';
            default:
                break;
        }
        if ((cp >= 0x0627 && cp <= 0x063A) || (cp >= 0x0641 && cp <= 0x064A)) {
            return (char) cp; // the other Arabic letters stay as they are
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return (char) ('0' + cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return (char) ('0' + cp - 0x06F0);
        }
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x06D6 && cp <= 0x06ED)) {
            return 0; // harakat, Quranic marks
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0; // zero-width, bidi controls, combining marks
        }
        if (type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return ' ';
        }
        if (cp > 0xFFFF) {
            return ' '; // emoji and other astral symbols: a separator for matching
        }
        if (Character.isSpaceChar(cp) && cp != ' ') {
            return ' ';
        }
        if (cp < 0x80 && cp >= 'A' && cp <= 'Z') {
            return (char) (cp + 32);
        }
        return Character.isUpperCase(cp) ? (char) Character.toLowerCase(cp) : (char) cp;
    }
}
