package org.rasid.lexicon;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class words that rules are written around (prepositions, negations, relative
 * pronouns, complementisers, word endings), one list per kind, read once from
 * {@code particles.tsv} (docs/data-formats.md). A rule names its list ("negation"), so the words
 * are in one documented file, not spread over the code. The clitic letters (و ف ب ل ك, the article,
 * attached pronouns) are CliticSplitter's, below this layer.
 */
public final class Particles {
    static final String FILE = "particles.tsv";
    private static final Map<String, Set<String>> KINDS = load(FILE);

    private Particles() {
    }

    /** The words of a kind; a kind the file lacks is an error naming it. */
    public static Set<String> words(String kind) {
        Set<String> words = KINDS.get(kind);
        if (words == null) {
            throw new IllegalArgumentException(FILE + ": no words of kind '" + kind + "'");
        }
        return words;
    }

    /** The one word of a kind that holds a single word ("since": منذ). */
    public static String word(String kind) {
        Set<String> words = words(kind);
        if (words.size() != 1) {
            throw new IllegalArgumentException(FILE + ": kind '" + kind + "' has " + words.size() + " words, not one");
        }
        return words.iterator().next();
    }

    static Map<String, Set<String>> load(String file) {
        Map<String, Set<String>> byKind = new HashMap<>();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            String kind = row.get("kind");
            String word = row.get("word");
            if (kind.isEmpty() || word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                throw row.error("a kind and one word expected");
            }
            if (!byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(word)) {
                throw row.error("'" + word + "' listed twice in kind " + kind);
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        byKind.forEach((kind, words) -> out.put(kind, Set.copyOf(words)));
        return Map.copyOf(out);
    }
}
