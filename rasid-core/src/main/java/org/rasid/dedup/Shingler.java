package org.rasid.dedup;

import java.util.Arrays;
import java.util.List;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;
import org.rasid.text.Word;

/**
 * Word shingles of a span, over the normalised text: the sorted, distinct 64-bit hashes of every
 * run of {@link #K} consecutive words (one shingle of all words when there are fewer). Working on
 * normalised words makes hamza, ya, diacritics and digit forms irrelevant to duplicate search.
 */
public final class Shingler {
    public static final int K = 3;

    /**
     * The words of a span, the hash of their exact-duplicate key (the words joined by single
     * spaces; see {@link TextKey}) and their shingles.
     */
    public record Shingles(int words, long keyHash, long[] hashes) {
    }

    private Shingler() {
    }

    public static Shingles of(NormalizedText doc, Span original) {
        return of(doc, original, null);
    }

    /**
     * The shingles of a span, its words also appended to {@code story}'s key when not null (a
     * story's key is its paragraphs' keys joined, so it is read along with theirs).
     */
    static Shingles of(NormalizedText doc, Span original, TextKey story) {
        int from = doc.fromOriginal(original.start());
        int to = doc.fromOriginal(original.end());
        List<Token> tokens = doc.tokens(from, Math.max(from, to));
        TextKey key = new TextKey();
        long[] words = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Word w = tokens.get(i).word();
            long h = Mix.fmix64(w.fnv1a()); // the word's own hash, kept in the shared Word
            if (story != null) {
                key.add(h, story);
            } else {
                key.add(h);
            }
            words[i] = h;
        }
        long[] sh;
        if (words.length == 0) {
            sh = new long[0];
        } else if (words.length < K) {
            long h = 0x51_7C_C1_B7_27_22_0A_95L;
            for (long w : words) {
                h = Mix.fmix64(h * 31 + w);
            }
            sh = new long[] {h};
        } else {
            sh = new long[words.length - K + 1];
            for (int i = 0; i + K <= words.length; i++) {
                sh[i] = Mix.fmix64(words[i] ^ Long.rotateLeft(words[i + 1], 21) ^ Long.rotateLeft(words[i + 2], 42));
            }
        }
        Arrays.sort(sh);
        return new Shingles(words.length, key.hash(), distinct(sh));
    }

    /**
     * The shingles of consecutive texts taken together (a story from its paragraphs): their
     * words summed, their shingle sets united, with {@code key} the key their words were fed to.
     * Shingles across the joins are not formed, so a story's set is the union of its paragraphs' sets.
     */
    static Shingles union(List<Shingles> parts, TextKey key) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int words = 0;
        int n = 0;
        for (Shingles p : parts) {
            words += p.words();
            n += p.hashes().length;
        }
        long[] all = new long[n];
        int at = 0;
        for (Shingles p : parts) {
            System.arraycopy(p.hashes(), 0, all, at, p.hashes().length);
            at += p.hashes().length;
        }
        Arrays.sort(all);
        return new Shingles(words, key.hash(), distinct(all));
    }

    private static long[] distinct(long[] sorted) {
        if (sorted.length < 2) {
            return sorted;
        }
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** |a ∩ b| of two sorted, distinct arrays. */
    static int intersection(long[] a, long[] b) {
        return intersection(a, b, 0);
    }

    /**
     * |a ∩ b| of two sorted, distinct arrays when it is at least {@code need}; otherwise some
     * smaller count, returned as soon as what is left of the shorter remainder cannot make up
     * the difference (most candidates of a duplicate search fail long before the end).
     */
    static int intersection(long[] a, long[] b, int need) {
        int i = 0;
        int j = 0;
        int n = 0;
        int na = a.length;
        int nb = b.length;
        // each miss shortens one remainder by one: the best still possible is n + min(remainders);
        // a hit leaves that bound as it is. Steps without branches on the data: which side
        // advances is random, and mispredicting it cost more than the comparisons themselves
        while (i < na && j < nb) {
            long x = a[i];
            long y = b[j];
            n += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
            if (n + Math.min(na - i, nb - j) < need) {
                return n;
            }
        }
        return n;
    }
}
