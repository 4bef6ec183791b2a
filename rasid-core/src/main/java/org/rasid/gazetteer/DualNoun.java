package org.rasid.gazetteer;

import java.util.List;
import org.rasid.text.PhraseMatcher.Match;
import org.rasid.text.Token;

/**
 * A one-word name that is a dual noun in the sentence: a relative adjective in the dual follows it
 * with nothing between ("جسرين رئيسيين", "جسرين استراتيجيين" are two bridges, not the village
 * Jisrin). The endings are closed-class inflection, as in Lucene's ArabicStemmer.
 */
final class DualNoun {
    /** Dual (and sound plural) endings of a noun, normalised: -ين (genitive/accusative), -ان. */
    private static final List<String> NOUN_ENDINGS = List.of("ين", "ان");
    /** A relative adjective in the dual: -يين, -يان ("رئيسيين", "عسكريان"). */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("يين", "يان");
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
                || adjective.startsWith("ال") || adjective.charAt(0) == 'و') {
            return false;
        }
        for (int i = 0; i < NOUN_ENDINGS.size(); i++) {
            if (name.endsWith(NOUN_ENDINGS.get(i)) && adjective.endsWith(ADJECTIVE_ENDINGS.get(i))) {
                return true;
            }
        }
        return false;
    }
}
