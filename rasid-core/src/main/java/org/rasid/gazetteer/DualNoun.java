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
        String name = text.substring(m.start(), m.end());
        Token next = tokens.get(m.tokenEnd());
        String adjective = next.text();
        if (!text.substring(m.end(), next.start()).isBlank() || adjective.length() < MIN_ADJECTIVE
                || adjective.startsWith(CliticSplitter.ARTICLE)
                || CliticSplitter.CONJUNCTIONS.indexOf(adjective.charAt(0)) >= 0) {
            return false;
        }
        boolean dualAdjective = ADJECTIVE_ENDINGS.stream().anyMatch(adjective::endsWith);
        // the adjective agrees: the same case ending as the noun ("جسرين رئيسيين", not "جسران رئيسيين")
        return dualAdjective && NOUN_ENDINGS.stream().anyMatch(e -> name.endsWith(e) && adjective.endsWith(e));
    }
}
