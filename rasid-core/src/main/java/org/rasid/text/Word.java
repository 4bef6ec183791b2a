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
    /** Gate slots answered in the word's own fields (a run of the pipeline takes about 50). */
    static final int INLINE_SLOTS = 64;
    private static final int ASKED = 1;
    private static final int YES_BIT = 2;
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
     * The answers of gate slots below {@link #INLINE_SLOTS}, two bits a slot (asked, yes), sixteen
     * slots an int: read in the word itself. In a byte array of their own, every lexicon's question
     * on every token went from the word to the array, a second cache miss (the largest own time of
     * the phrase scans). Written without locks: an int never tears and holds both bits of a slot,
     * so a reader sees a slot unasked or answered right; an update lost to a concurrent write of
     * the same int is only worked out again.
     */
    private int inline0;
    private int inline1;
    private int inline2;
    private int inline3;
    /**
     * Per gate slot from {@link #INLINE_SLOTS} on: unknown, no or yes. Written without locks: a
     * byte never tears, and an update lost to a concurrent copy on growth is only worked out again.
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
        if (slot < INLINE_SLOTS) {
            int bits = inline(slot >>> 4) >>> ((slot & 15) << 1);
            return (bits & ASKED) == 0 ? null : (bits & YES_BIT) != 0;
        }
        byte[] g = gates;
        if (slot >= g.length) {
            return null;
        }
        byte v = g[slot];
        return v == UNKNOWN ? null : v == YES;
    }

    void remember(int slot, boolean yes) {
        if (slot < INLINE_SLOTS) {
            int shift = (slot & 15) << 1;
            int keep = ~((ASKED | YES_BIT) << shift);
            int bits = (yes ? ASKED | YES_BIT : ASKED) << shift;
            switch (slot >>> 4) {
                case 0 -> inline0 = inline0 & keep | bits;
                case 1 -> inline1 = inline1 & keep | bits;
                case 2 -> inline2 = inline2 & keep | bits;
                default -> inline3 = inline3 & keep | bits;
            }
            return;
        }
        byte[] g = gates;
        if (slot >= g.length) {
            byte[] grown = new byte[Math.min(SLOTS, Math.max(slot + 1, g.length * 2))];
            System.arraycopy(g, 0, grown, 0, g.length);
            g = grown;
            gates = g;
        }
        g[slot] = yes ? YES : NO;
    }

    /** The int holding inline slots {@code 16·i} to {@code 16·i + 15}. */
    private int inline(int i) {
        return switch (i) {
            case 0 -> inline0;
            case 1 -> inline1;
            case 2 -> inline2;
            default -> inline3;
        };
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
