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
    /**
     * Slots of each thread's cache of recent words: the common words of news text, most tokens. The
     * ANT corpus has 46,500 distinct words in 608,000 tokens: with 16,384 slots 18% of its tokens
     * missed (a substring and a shared look-up each), with 65,536 11%, of which 7.7% are first
     * sightings no cache saves. A thread's cache is 768 KB.
     */
    static final int RECENT = 1 << 16;
    private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>(1 << 14);
    private static final ThreadLocal<Recent> RECENT_WORDS = ThreadLocal.withInitial(Recent::new);

    /**
     * A thread's cache of recent words, one per slot. The chars' hash and the spelling sit in
     * arrays of their own, so a slot taken by another word is passed over without touching it,
     * and a hit reads the spelling and its chars, not the word object first.
     */
    static final class Recent {
        final int[] hashes = new int[RECENT];
        final String[] texts = new String[RECENT];
        final Word[] words = new Word[RECENT];
    }

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

    /** This thread's cache of recent words, for {@link #word(Recent, String, int, int)}. */
    static Recent recent() {
        return RECENT_WORDS.get();
    }

    /**
     * The word spelt by {@code text[from, to)}: found in the thread's cache by its chars, without
     * cutting the substring or a shared look-up (the tokenizer asks this for every token).
     */
    static Word word(Recent recent, String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        int slot = (h ^ (h >>> 16)) & (RECENT - 1);
        if (recent.hashes[slot] == h) {
            String s = recent.texts[slot];
            if (s != null && s.length() == to - from && s.regionMatches(0, text, from, to - from)) {
                return recent.words[slot];
            }
        }
        Word w = word(text.substring(from, to));
        recent.hashes[slot] = h;
        recent.texts[slot] = w.text();
        recent.words[slot] = w;
        return w;
    }
}
