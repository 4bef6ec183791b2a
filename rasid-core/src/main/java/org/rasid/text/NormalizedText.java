package org.rasid.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A matching copy of an original text, with a map from every normalised char back to the
 * original chars it came from. The original is never changed; offsets reported to users always
 * come from {@link #toOriginal(int, int)}.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    /**
     * Where the original code point of each normalised char [0, text.length()) starts; the array
     * may run longer. Each char came from one code point (a ligature's letters all from the same),
     * so its original range ends where that code point does: one or two chars on.
     */
    private final int[] origStart;
    /** The whole text's tokens, built on first use; every recognizer reads sub-ranges of them. */
    private Token[] tokens;
    private int[] tokenEnds;

    NormalizedText(String original, String text, int[] origStart) {
        this.original = original;
        this.text = text;
        this.origStart = origStart;
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
        int last = origStart[end - 1];
        return new Span(origStart[start], last + Character.charCount(original.codePointAt(last)));
    }

    /** The first normalised index whose original start is at or after {@code originalOffset}. */
    public int fromOriginal(int originalOffset) {
        int i = Arrays.binarySearch(origStart, 0, text.length(), originalOffset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && origStart[i - 1] == originalOffset) {
            i--;
        }
        return i;
    }

    /**
     * The tokens of normalised chars [from, to): the same list as
     * {@link ArabicTokenizer#tokenize(String, int, int) ArabicTokenizer.tokenize(text(), from, to)},
     * words cut by a bound included (cut to the range), but read from one tokenisation of the
     * whole text instead of a new one for each recognizer. The list is a read-only view.
     */
    public List<Token> tokens(int from, int to) {
        if (to <= from) {
            return List.of();
        }
        Token[] all = tokens;
        if (all == null) {
            all = ArabicTokenizer.tokenArray(text);
            int[] ends = new int[all.length];
            for (int i = 0; i < all.length; i++) {
                ends[i] = all[i].end();
            }
            tokenEnds = ends;
            tokens = all;
        }
        int[] ends = tokenEnds;
        int first = firstEndAfter(ends, from);
        int last = first; // one past the last token starting before to
        while (last < all.length && all[last].start() < to) {
            last++;
        }
        if (first == last) {
            return List.of();
        }
        Token head = clip(all[first], from, to);
        Token tail = last - 1 == first ? head : clip(all[last - 1], from, to);
        return new Range(all, first, last, head, tail);
    }

    /** The first index whose token ends after {@code from}. */
    private static int firstEndAfter(int[] ends, int from) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The part of {@code t} inside [from, to): the tokenizer's word when it starts or stops mid-word. */
    private Token clip(Token t, int from, int to) {
        int s = Math.max(t.start(), from);
        int e = Math.min(t.end(), to);
        if (s == t.start() && e == t.end()) {
            return t;
        }
        // the thread's cache of recent words, as the tokenizer's: a window cut mid-word (the few words
        // after each actor mention) cut a substring and looked it up in the shared map every time
        return new Token(s, e, Vocabulary.word(Vocabulary.recent(), text, s, e));
    }

    /** Tokens [first, last) of the whole text, with the first and last possibly cut. */
    private static final class Range extends AbstractList<Token> implements RandomAccess {
        private final Token[] all;
        private final int first;
        private final int size;
        private final Token head;
        private final Token tail;

        Range(Token[] all, int first, int last, Token head, Token tail) {
            this.all = all;
            this.first = first;
            this.size = last - first;
            this.head = head;
            this.tail = tail;
        }

        @Override
        public Token get(int index) {
            if (index <= 0 || index >= size - 1) {
                if (index == 0) {
                    return head;
                }
                if (index == size - 1) {
                    return tail;
                }
                throw new IndexOutOfBoundsException(index + " of " + size);
            }
            return all[first + index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
