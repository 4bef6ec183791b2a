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
     * sightings no cache saves. A thread's cache is 768 KB. Slots go in pairs: a word may sit in
     * either slot of its pair.
     */
    static final int RECENT = 1 << 16;
    private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>(1 << 14);
    private static final ThreadLocal<Recent> RECENT_WORDS = ThreadLocal.withInitial(Recent::new);

    /**
     * Chars per slot of a thread's cache: the word's length, then up to 15 chars. A slot's
     * spelling is 32 bytes, one cache line read, where a String is a pointer to an object and
     * another to its bytes. Longer words (rare) are looked up in the shared map.
     */
    static final int SPELLING = 16;

    /**
     * A thread's cache of recent words, one per slot. A hit reads the spelling's chars in place,
     * not the word object or its String. The spelling is read with no hash before it: most
     * tokens hit (about nine in ten), and a hash array of its own was one more cache miss on each
     * of them to spare a look at a slot another word holds, whose length or first char mostly
     * tells it apart as soon.
     */
    static final class Recent {
        final char[] spellings = new char[RECENT * SPELLING];
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
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        return word(recent, chars, 0, chars.length);
    }

    /** The same over chars (the tokenizer's copy of the text, read without String's index checks). */
    static Word word(Recent recent, char[] text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text[k];
        }
        int len = to - from;
        if (len >= SPELLING) {
            return word(new String(text, from, len));
        }
        // two slots per hash, side by side (one more cache line to read): with one, words whose hashes
        // met in a slot pushed each other out, and a warm pass over ANT still missed 6.7% of its
        // tokens; with two, the newest and the one before, 4.3% (each miss cuts a String and looks it
        // up in the shared map)
        int slot = pair(h);
        char[] spellings = recent.spellings;
        int at = slot * SPELLING;
        if (spellings[at] == len && sameChars(spellings, at + 1, text, from, len)) {
            return recent.words[slot];
        }
        int other = at + SPELLING;
        if (spellings[other] == len && sameChars(spellings, other + 1, text, from, len)) {
            return recent.words[slot + 1];
        }
        Word w = word(new String(text, from, len));
        // the newest word goes first, the one it displaces second, the second's is dropped
        System.arraycopy(spellings, at, spellings, other, SPELLING);
        recent.words[slot + 1] = recent.words[slot];
        spellings[at] = (char) len;
        System.arraycopy(text, from, spellings, at + 1, len);
        recent.words[slot] = w;
        return w;
    }

    /** The first of the two slots of a word whose chars hash to {@code h} (String's hash). */
    static int pair(int h) {
        return (h ^ (h >>> 16)) & (RECENT - 2);
    }

    private static boolean sameChars(char[] a, int i, char[] b, int j, int len) {
        for (int k = 0; k < len; k++) {
            if (a[i + k] != b[j + k]) {
                return false;
            }
        }
        return true;
    }
}
