package org.rasid.text;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One distinct word of the text, shared by every token that spells it ({@link Vocabulary}): its
 * clitic readings, the hashes of its forms ({@link WordForms}) and, per lexicon gate, whether it
 * can start an entry. Each is worked out once per word, not once per token and recognizer, so
 * a sentence's words are analysed once whichever lexicons then read them.
 */
public final class Word {
    /** Gates with a memo slot here; a gate made after the last slot keeps its own map. */
    static final int SLOTS = 256;
    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    /** FNV-1a's 64-bit offset basis and prime. */
    public static final long FNV_BASIS = 0xcbf29ce484222325L;
    public static final long FNV_PRIME = 0x100000001b3L;

    private final String text;
    /** The text's hash, read with the word: a trie look-up that misses then never touches the string. */
    private final int textHash;
    /** FNV-1a (64 bits) of the text's chars, worked out once per word: duplicate search hashes every token's word. */
    private final long fnv1a;
    private List<CliticSplitter.Reading> readings;
    private List<CliticSplitter.Reading> readingsWithPronouns;
    private WordForms forms;
    /**
     * Per gate slot: unknown, no or yes. Written without locks: a byte never tears, and an update
     * lost to a concurrent copy on growth is only worked out again.
     */
    private byte[] gates = new byte[0];
    /** Per gate slot: what the gate worked out for a word it lets through (see {@link WordMemo#value}). */
    private Object[] values = NONE;
    private static final Object[] NONE = new Object[0];

    Word(String text) {
        this.text = text;
        this.textHash = text.hashCode();
        long h = FNV_BASIS;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        this.fnv1a = h;
    }

    public String text() {
        return text;
    }

    /** The 64-bit FNV-1a hash of the text's chars (offset basis {@link #FNV_BASIS}, prime {@link #FNV_PRIME}). */
    public long fnv1a() {
        return fnv1a;
    }

    /** {@code text().hashCode()}, kept in the word. */
    int textHash() {
        return textHash;
    }

    /** {@link CliticSplitter#readings(String, boolean)} of the word, split once. */
    public List<CliticSplitter.Reading> readings(boolean withPronouns) {
        if (withPronouns) {
            List<CliticSplitter.Reading> r = readingsWithPronouns;
            if (r == null) {
                r = CliticSplitter.split(text, true);
                readingsWithPronouns = r;
            }
            return r;
        }
        List<CliticSplitter.Reading> r = readings;
        if (r == null) {
            r = CliticSplitter.split(text, false);
            readings = r;
        }
        return r;
    }

    WordForms forms() {
        WordForms f = forms;
        if (f == null) {
            f = WordForms.of(text);
            forms = f;
        }
        return f;
    }

    /** A new gate's slot, or -1 when all are taken (the gate then memoises in a map of its own). */
    static int newSlot() {
        int slot = NEXT_SLOT.getAndIncrement();
        return slot < SLOTS ? slot : -1;
    }

    /** The remembered answer of gate {@code slot}: null when not yet asked. */
    Boolean gate(int slot) {
        byte[] g = gates;
        if (slot >= g.length) {
            return null;
        }
        byte v = g[slot];
        return v == UNKNOWN ? null : v == YES;
    }

    void remember(int slot, boolean yes) {
        byte[] g = gates;
        if (slot >= g.length) {
            byte[] grown = new byte[Math.min(SLOTS, Math.max(slot + 1, g.length * 2))];
            System.arraycopy(g, 0, grown, 0, g.length);
            g = grown;
            gates = g;
        }
        g[slot] = yes ? YES : NO;
    }

    /** The value kept for gate {@code slot}, or null. */
    Object value(int slot) {
        Object[] v = values;
        return slot < v.length ? v[slot] : null;
    }

    void keep(int slot, Object value) {
        Object[] v = values;
        if (slot >= v.length) {
            v = java.util.Arrays.copyOf(v, Math.min(SLOTS, Math.max(slot + 1, v.length * 2)));
            values = v;
        }
        v[slot] = value;
    }
}
