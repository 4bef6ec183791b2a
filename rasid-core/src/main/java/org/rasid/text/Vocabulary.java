package org.rasid.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct words seen, each once ({@link Word}): the tokenizer looks every token up here, so
 * a word's analyses are shared by all its tokens in all documents. News vocabulary repeats
 * (Zipf), so most look-ups find a word already analysed. Cleared when full, so memory stays
 * bounded; a token keeps its word after a clear.
 */
final class Vocabulary {
    private static final int LIMIT = 1 << 17;
    private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>(1 << 14);

    private Vocabulary() {
    }

    static Word word(String text) {
        Word w = WORDS.get(text);
        if (w == null) {
            if (WORDS.size() >= LIMIT) {
                WORDS.clear();
            }
            w = new Word(text);
            Word had = WORDS.putIfAbsent(text, w);
            if (had != null) {
                w = had;
            }
        }
        return w;
    }
}
