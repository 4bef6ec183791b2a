package org.rasid.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A yes/no answer per distinct word, such as "can this word start a phrase of lexicon L": kept
 * in the {@link Word} itself, so asking it again for another token of the same word is a field
 * read instead of a map look-up. Memos made after {@link Word#SLOTS} fall back to a bounded map.
 * An answer must depend on the word alone: make a new memo when what it answers changes.
 */
public final class WordMemo {
    private static final int MAP_LIMIT = 1 << 17;

    private final int slot = Word.newSlot();
    private final Map<String, Boolean> map = slot < 0 ? new ConcurrentHashMap<>() : null;
    private final Map<String, Object> values = slot < 0 ? new ConcurrentHashMap<>() : null;

    /** The remembered answer for the word, or null. */
    public Boolean get(Word w) {
        return slot >= 0 ? w.gate(slot) : map.get(w.text());
    }

    /**
     * The remembered answer for the word, worked out by {@code answer} the first time it is asked. Pass an
     * answer held in a field, not a lambda made per call: this is asked once per token on hot paths.
     */
    public boolean test(Word w, Predicate<Word> answer) {
        Boolean yes = get(w);
        if (yes == null) {
            yes = answer.test(w);
            put(w, yes);
        }
        return yes;
    }

    public void put(Word w, boolean yes) {
        if (slot >= 0) {
            w.remember(slot, yes);
            return;
        }
        if (map.size() >= MAP_LIMIT) {
            map.clear();
        }
        map.put(w.text(), yes);
    }

    /**
     * What the memo's owner worked out for the word beyond yes/no (e.g. the trie nodes its readings
     * reach), or null. The value must be immutable and depend on the word alone.
     */
    public Object value(Word w) {
        return slot >= 0 ? w.value(slot) : values.get(w.text());
    }

    public void keep(Word w, Object value) {
        if (slot >= 0) {
            w.keep(slot, value);
            return;
        }
        if (values.size() >= MAP_LIMIT) {
            values.clear();
        }
        values.put(w.text(), value);
    }
}
