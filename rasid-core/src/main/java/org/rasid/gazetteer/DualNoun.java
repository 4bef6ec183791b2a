package org.rasid.gazetteer;

import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;
import org.rasid.text.PhraseMatcher.Match;
import org.rasid.text.Token;

/**
 * A one-word name that is a dual noun in the sentence: a relative adjective in the dual follows it
 * with nothing between ("جسرين رئيسيين", "جسرين استراتيجيين" are two bridges, not the village
 * Jisrin). The endings are closed-class inflection, as in Lucene's ArabicStemmer.
 */
final class DualNoun {
    /** Dual (and sound plural) endings of a noun, normalised: -ين (genitive/accusative), -ان. */
    private static final Set<String> NOUN_ENDINGS = Particles.words("dual_noun_ending");
    /** A relative adjective in the dual: -يين, -يان ("رئيسيين", "عسكريان"). */
    private static final Set<String> ADJECTIVE_ENDINGS = Particles.words("dual_adjective_ending");
    /** The shortest such adjective: a stem of two letters and its ending. */
    private static final int MIN_ADJECTIVE = 5;

    private DualNoun() {
    }

    /** Whether the match is a dual noun with its adjective right after it. */
    static boolean withAdjective(String text, List<Token> tokens, Match<Place> m) {
        if (m.tokenEnd() - m.tokenStart() != 1 || m.tokenEnd() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(m.tokenEnd());
        String adjective = next.text();
        if (adjective.length() < MIN_ADJECTIVE || adjective.startsWith(CliticSplitter.ARTICLE)
                || CliticSplitter.CONJUNCTIONS.indexOf(adjective.charAt(0)) >= 0 || !blank(text, m.end(), next.start())
                || !endsWithAny(adjective, ADJECTIVE_ENDINGS)) {
            return false; // most names: the tests that cut no substring first
        }
        String name = text.substring(m.start(), m.end());
        // the adjective agrees: the same case ending as the noun ("جسرين رئيسيين", not "جسران رئيسيين")
        for (String e : NOUN_ENDINGS) {
            if (name.endsWith(e) && adjective.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String word, Set<String> endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text.substring(from, to).isBlank()} without the substring. */
    private static boolean blank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
