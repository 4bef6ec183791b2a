package org.rasid.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds lexicon phrases (places, actors, triggers, outlets) in normalised text: a trie over
 * words, so the cost is the number of text words times the longest phrase, whatever the lexicon
 * size. The first word of a phrase may carry proclitics and the article in the text ("بريف",
 * "وإدلب", "للنظام"); the other words must match as written in the lexicon, after normalisation.
 * Leftmost-longest matches, no overlaps.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    /** A phrase found in the text. Offsets are normalised; {@code original} is in the original text. */
    public record Match<T>(int tokenStart, int tokenEnd, int start, int end, String phrase, List<T> values) {
    }

    private final TrieNode<T> root;
    private final boolean pronounSuffixes;
    private int size;
    /**
     * Bits set at the hashes of every phrase's first word, built on the first search: a word none
     * of whose forms ({@link WordForms}) hits a bit cannot start a phrase, and most words do not.
     */
    private volatile long[] firstWords;
    private int firstShift;
    /**
     * Memo per word: whether any reading of it begins a phrase and, for a word that does, its
     * {@link FirstSteps}. Most words of a text begin none, and one field read here replaces the
     * lookups of all their readings in the trie. Made anew with the bit set, after a change of
     * the lexicon.
     */
    private volatile WordMemo starts;
    /** Ends of the phrases' first words: without pronoun suffixes, a reading keeps the word's end. */
    private final WordEndings firstWordEnds;
    /** False only in tests, to prove the memo changes nothing. */
    private final boolean gated;

    /** @param pronounSuffixes whether the last word of a phrase may carry an attached pronoun */
    public PhraseMatcher(boolean pronounSuffixes) {
        this(new TrieNode<>(), new WordEndings(), pronounSuffixes, true);
    }

    private PhraseMatcher(TrieNode<T> root, WordEndings firstWordEnds, boolean pronounSuffixes, boolean gated) {
        this.root = root;
        this.firstWordEnds = firstWordEnds;
        this.pronounSuffixes = pronounSuffixes;
        this.gated = gated;
    }

    /** The same phrases, every word tried in full (for tests). */
    PhraseMatcher<T> withoutGate() {
        PhraseMatcher<T> m = new PhraseMatcher<>(root, firstWordEnds, pronounSuffixes, false);
        m.size = size;
        return m;
    }

    /**
     * A phrase as {@link #add(String, Object)} files it: its normal form and the words of that form.
     * A lexicon compiled at build time keeps these, so a start-up need not normalise and tokenise again.
     */
    public record Key(String phrase, List<String> words) {
        /** The key of a phrase as written. */
        public static Key of(String phrase) {
            String norm = ArabicNormalizer.normalizeTerm(phrase);
            List<Token> tokens = ArabicTokenizer.tokenize(norm);
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).text();
            }
            return new Key(norm, List.of(words));
        }
    }

    /** Adds a phrase as written (it is normalised here). Blank phrases are ignored. */
    public void add(String phrase, T value) {
        add(Key.of(phrase), value);
    }

    /** Adds a phrase by its key ({@link Key#of}). A key without words is ignored. */
    public void add(Key key, T value) {
        add(key, value, true);
    }

    /**
     * Adds a phrase by its key for a caller that never gives the same value twice under the same
     * words: no equality test against the values already there (the first call of a record's
     * {@code equals} bootstraps a method-handle chain, a cost at every start-up).
     */
    public void addDistinct(Key key, T value) {
        add(key, value, false);
    }

    private void add(Key key, T value, boolean check) {
        firstWords = null;
        List<String> words = key.words();
        if (words.isEmpty()) {
            return;
        }
        firstWordEnds.add(words.get(0));
        TrieNode<T> node = root;
        for (String w : words) {
            node = node.childOrNew(w);
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
            node.phrase = key.phrase();
            size++;
        }
        if (!check || !node.values.contains(value)) {
            node.values.add(value);
        }
    }

    public int size() {
        return size;
    }

    public List<Match<T>> find(String normalized) {
        return find(normalized, ArabicTokenizer.tokenize(normalized));
    }

    /** Matches over already tokenised normalised text. */
    public List<Match<T>> find(String normalized, List<Token> tokens) {
        return scan(tokens, true);
    }

    /** The same without the first-word filter: every word is tried. For tests of the filter. */
    List<Match<T>> findTryingEveryWord(List<Token> tokens) {
        return scan(tokens, false);
    }

    private List<Match<T>> scan(List<Token> tokens, boolean filtered) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            // the word's own memo first: after its first token, one byte read per lexicon
            if (filtered && !mayStart(tokens.get(i).word())) {
                i++;
                continue;
            }
            Match<T> best = longestAt(tokens, i, !filtered && gated);
            if (best != null) {
                out.add(best);
                i = best.tokenEnd();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase at token {@code i}, whose word has just passed {@link #mayStart(Word)}. */
    Match<T> longestAfterGate(List<Token> tokens, int i) {
        return longestAt(tokens, i, false);
    }

    private boolean mayStart(long[] bits, int shift, WordForms forms) {
        for (int h : forms.stems) {
            if (hit(bits, shift, h)) {
                return true;
            }
        }
        if (pronounSuffixes) {
            for (int h : forms.pronounless) {
                if (hit(bits, shift, h)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hit(long[] bits, int shift, int hash) {
        int b = (hash * 0x9E3779B9) >>> shift;
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private synchronized long[] firstWords() {
        if (firstWords == null) {
            // At least 64K bits, and 64 per first word so a large gazetteer stays selective.
            int log = Math.max(16, 32 - Integer.numberOfLeadingZeros(Math.max(1, root.childCount() * 64 - 1)));
            long[] bits = new long[1 << (log - 6)];
            int shift = 32 - log;
            for (String w : root.childWords()) {
                int b = (w.hashCode() * 0x9E3779B9) >>> shift;
                bits[b >>> 6] |= 1L << b;
            }
            firstShift = shift;
            starts = new WordMemo();
            firstWords = bits;
        }
        return firstWords;
    }

    /** The longest phrase starting at token {@code i} (first word through its proclitics), or null. */
    public Match<T> at(List<Token> tokens, int i) {
        return longestAt(tokens, i, gated);
    }

    /** @param gate whether to ask the word's memo first (false when the caller just did) */
    private Match<T> longestAt(List<Token> tokens, int i, boolean gate) {
        Token first = tokens.get(i);
        if (gate && !mayStart(first.word())) {
            return null;
        }
        Match<T> best = null;
        FirstSteps<T> steps = gated ? firstSteps(first.word()) : FirstSteps.of(root, first.word(), pronounSuffixes);
        for (int k = 0; k < steps.nodes.length; k++) {
            TrieNode<T> node = steps.nodes[k];
            int start = first.start() + steps.prefixLengths[k];
            if (node.values != null) {
                best = better(best, new Match<>(i, i + 1, start, first.end(), node.phrase, node.values));
            }
            if (steps.pronounOnly[k]) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && !node.isLeaf(); j++) {
                Token t = tokens.get(j);
                TrieNode<T> exact = node.child(t.word());
                if (pronounSuffixes) {
                    List<CliticSplitter.Reading> tr = t.readings(true);
                    for (int x = 0; x < tr.size(); x++) {
                        CliticSplitter.Reading s = tr.get(x);
                        // only readings without proclitics count here: the others need no look-up,
                        // and the word's own reading (its very string) is the look-up just made
                        if (s.prefixLength() != 0 || s.hadArticle()) {
                            continue;
                        }
                        TrieNode<T> cand = s.stem() == t.text() ? exact : node.child(s.stem());
                        if (cand != null && cand.values != null) {
                            best = better(best, new Match<>(i, j + 1, start, t.end(), cand.phrase, cand.values));
                        }
                    }
                }
                if (exact == null) {
                    break;
                }
                node = exact;
                if (node.values != null) {
                    best = better(best, new Match<>(i, j + 1, start, t.end(), node.phrase, node.values));
                }
            }
        }
        return best;
    }

    /** The word's first steps into the trie, worked out once per word (only words past the gate get here). */
    private FirstSteps<T> firstSteps(Word w) {
        WordMemo memo = starts;
        @SuppressWarnings("unchecked")
        FirstSteps<T> steps = (FirstSteps<T>) memo.value(w);
        if (steps == null) {
            steps = FirstSteps.of(root, w, pronounSuffixes);
            memo.keep(w, steps);
        }
        return steps;
    }

    /**
     * Where each reading of a phrase's first word enters the trie, in the order the readings are
     * tried: a reading whose stem is a first word continues from its node; a reading whose stem
     * ends in an attached pronoun ("اعتقالهم") matches a one-word phrase only. The root look-ups
     * and the pronoun splits were done for every token of the word; now once per word.
     */
    private static final class FirstSteps<T> {
        final TrieNode<T>[] nodes;
        final int[] prefixLengths;
        final boolean[] pronounOnly;

        private FirstSteps(TrieNode<T>[] nodes, int[] prefixLengths, boolean[] pronounOnly) {
            this.nodes = nodes;
            this.prefixLengths = prefixLengths;
            this.pronounOnly = pronounOnly;
        }

        @SuppressWarnings("unchecked")
        static <T> FirstSteps<T> of(TrieNode<T> root, Word word, boolean pronounSuffixes) {
            List<TrieNode<T>> nodes = new ArrayList<>(2);
            List<Integer> prefixes = new ArrayList<>(2);
            List<Boolean> pronoun = new ArrayList<>(2);
            for (CliticSplitter.Reading r : word.readings(false)) {
                if (pronounSuffixes) {
                    for (CliticSplitter.Reading s : CliticSplitter.readings(r.stem(), true)) {
                        if (s.suffixLength() > 0 && s.prefixLength() == 0 && !s.hadArticle()) {
                            TrieNode<T> cand = root.child(s.stem());
                            if (cand != null && cand.values != null) {
                                nodes.add(cand);
                                prefixes.add(r.prefixLength());
                                pronoun.add(true);
                            }
                        }
                    }
                }
                TrieNode<T> node = root.child(r.stem());
                if (node != null) {
                    nodes.add(node);
                    prefixes.add(r.prefixLength());
                    pronoun.add(false);
                }
            }
            int[] p = new int[nodes.size()];
            boolean[] o = new boolean[nodes.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = prefixes.get(k);
                o[k] = pronoun.get(k);
            }
            return new FirstSteps<>(nodes.toArray(new TrieNode[0]), p, o);
        }
    }

    /**
     * Whether any reading of the word begins a phrase, remembered in the word: the endings and
     * first-word bits are cheap "no"s before the readings are tried in the trie, asked once per
     * word, not once per token.
     */
    boolean mayStart(Word w) {
        long[] bits = firstWords != null ? firstWords : firstWords();
        WordMemo memo = starts;
        Boolean yes = memo.get(w);
        if (yes == null) {
            FirstSteps<T> steps = (pronounSuffixes || firstWordEnds.mayEndLike(w.text()))
                    && mayStart(bits, firstShift, w.forms()) ? FirstSteps.of(root, w, pronounSuffixes) : null;
            yes = steps != null && steps.nodes.length > 0;
            if (yes) {
                memo.keep(w, steps);
            }
            memo.put(w, yes);
        }
        return yes;
    }

    /** Longer phrases win; at equal length, the reading that strips less (earlier) wins. */
    private static <T> Match<T> better(Match<T> a, Match<T> b) {
        if (a == null) {
            return b;
        }
        int la = a.tokenEnd() - a.tokenStart();
        int lb = b.tokenEnd() - b.tokenStart();
        if (lb > la || (lb == la && b.phrase().length() > a.phrase().length())) {
            return b;
        }
        return a;
    }

    public List<T> exact(String phrase) {
        TrieNode<T> node = root;
        for (Token w : ArabicTokenizer.tokenize(ArabicNormalizer.normalizeTerm(phrase))) {
            node = node.child(w.text());
            if (node == null) {
                return Collections.emptyList();
            }
        }
        return node.values == null ? Collections.emptyList() : node.values;
    }
}
