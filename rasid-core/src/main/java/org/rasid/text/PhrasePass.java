package org.rasid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Two lexicons' phrases found in one pass over a sentence's tokens (the event cues and the
 * triggers): each token's word is read once for both, where two scans walked the sentence one
 * after the other. Each lexicon keeps its own leftmost-longest, non-overlapping matches, so the
 * result is exactly that of two {@link PhraseMatcher#find} calls.
 *
 * @param <A> what the first lexicon's phrases stand for
 * @param <B> what the second's stand for
 */
public final class PhrasePass<A, B> {
    /** Both lexicons' matches, each in text order. */
    public record Found<A, B>(List<PhraseMatcher.Match<A>> first, List<PhraseMatcher.Match<B>> second) {
    }

    private final PhraseMatcher<A> first;
    private final PhraseMatcher<B> second;

    public PhrasePass(PhraseMatcher<A> first, PhraseMatcher<B> second) {
        this.first = first;
        this.second = second;
    }

    public PhraseMatcher<A> first() {
        return first;
    }

    public PhraseMatcher<B> second() {
        return second;
    }

    public Found<A, B> find(List<Token> tokens) {
        List<PhraseMatcher.Match<A>> a = new ArrayList<>();
        List<PhraseMatcher.Match<B>> b = new ArrayList<>();
        // the index each lexicon may next match from: a match takes its words from its own lexicon only
        int nextA = 0;
        int nextB = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Word w = tokens.get(i).word();
            if (i >= nextA && first.mayStart(w)) {
                PhraseMatcher.Match<A> m = first.longestAfterGate(tokens, i);
                if (m != null) {
                    a.add(m);
                    nextA = m.tokenEnd();
                }
            }
            if (i >= nextB && second.mayStart(w)) {
                PhraseMatcher.Match<B> m = second.longestAfterGate(tokens, i);
                if (m != null) {
                    b.add(m);
                    nextB = m.tokenEnd();
                }
            }
        }
        return new Found<>(a, b);
    }
}
