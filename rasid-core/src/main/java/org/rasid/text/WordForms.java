package org.rasid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hashes of the forms under which a word can start a lexicon phrase: the stems of its clitic
 * readings and, for matchers that allow an attached pronoun, those stems with the pronoun off.
 * {@link PhraseMatcher} tests them against a bit set of its first words, so most words of a text
 * are passed over without a map lookup.
 */
final class WordForms {
    /** Hashes of the stems of {@code CliticSplitter.readings(word, false)}. */
    final int[] stems;
    /** Hashes of those stems with an attached pronoun taken off (no further proclitic or article). */
    final int[] pronounless;

    private WordForms(int[] stems, int[] pronounless) {
        this.stems = stems;
        this.pronounless = pronounless;
    }

    /** Cleared when full, like CliticSplitter's memo, so memory stays bounded. */
    private static final int CACHE_LIMIT = 1 << 17;
    private static final ConcurrentHashMap<String, WordForms> CACHE = new ConcurrentHashMap<>(1 << 12);

    static WordForms of(String word) {
        WordForms f = CACHE.get(word);
        if (f == null) {
            f = compute(word);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(word, f);
        }
        return f;
    }

    private static WordForms compute(String word) {
        List<CliticSplitter.Reading> readings = CliticSplitter.readings(word, false);
        int[] stems = new int[readings.size()];
        List<String> without = new ArrayList<>();
        for (int i = 0; i < stems.length; i++) {
            String stem = readings.get(i).stem();
            stems[i] = stem.hashCode();
            for (CliticSplitter.Reading s : CliticSplitter.readings(stem, true)) {
                if (s.suffixLength() > 0 && s.prefixLength() == 0 && !s.hadArticle()) {
                    without.add(s.stem());
                }
            }
        }
        int[] pronounless = new int[without.size()];
        for (int i = 0; i < pronounless.length; i++) {
            pronounless[i] = without.get(i).hashCode();
        }
        return new WordForms(stems, pronounless);
    }
}
