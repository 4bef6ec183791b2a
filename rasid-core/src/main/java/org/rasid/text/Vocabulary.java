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
    /** Slots of each thread's cache of recent words: the common words of news text, most tokens. */
    private static final int RECENT = 1 << 14;
    private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>(1 << 14);
    private static final ThreadLocal<Word[]> RECENT_WORDS = ThreadLocal.withInitial(() -> new Word[RECENT]);

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

    /** This thread's cache of recent words, for {@link #word(Word[], String, int, int)}. */
    static Word[] recent() {
        return RECENT_WORDS.get();
    }

    /**
     * The word spelt by {@code text[from, to)}: found in the thread's cache by its chars, without
     * cutting the substring or a shared look-up (the tokenizer asks this for every token).
     */
    static Word word(Word[] recent, String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        int slot = (h ^ (h >>> 14)) & (RECENT - 1);
        Word w = recent[slot];
        if (w != null) {
            String s = w.text();
            if (s.length() == to - from && s.hashCode() == h && s.regionMatches(0, text, from, to - from)) {
                return w;
            }
        }
        w = word(text.substring(from, to));
        recent[slot] = w;
        return w;
    }
}
