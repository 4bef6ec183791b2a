package org.rasid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of {@link PhraseMatcher}'s word trie: the phrase that ends here with its values, and
 * the children by next word. The children sit in the node itself, in an open-addressing table
 * of the words' hashes beside one array of word/child pairs: a look-up that misses (most do,
 * every text word after a phrase's first) reads the node's hash array only, where a
 * {@code HashMap} went from the map to its table to a bucket's entry. A leaf holds no arrays.
 *
 * @param <T> what a phrase stands for
 */
final class TrieNode<T> {
    /** A free slot in {@link #tags}; a word whose hash is 0 is tagged 1 (tags only filter). */
    private static final int FREE = 0;

    List<T> values;
    String phrase;
    private int[] tags;       // slot -> tag of the word there, or FREE
    private Object[] entries; // slot -> word at 2·slot, its child at 2·slot+1
    private int children;

    /** The child under {@code word}, or null. */
    TrieNode<T> child(String word) {
        return tags == null ? null : child(word, word.hashCode());
    }

    /** The child under a text word: its hash is kept in the {@link Word}, so a miss reads no string. */
    TrieNode<T> child(Word word) {
        return tags == null ? null : child(word.text(), word.textHash());
    }

    @SuppressWarnings("unchecked")
    private TrieNode<T> child(String word, int hash) {
        int[] t = tags;
        int tag = tag(hash);
        int mask = t.length - 1;
        for (int i = slot(tag, mask); ; i = (i + 1) & mask) {
            int at = t[i];
            if (at == FREE) {
                return null;
            }
            if (at == tag && word.equals(entries[2 * i])) {
                return (TrieNode<T>) entries[2 * i + 1];
            }
        }
    }

    /** The child under {@code word}, made when there is none. */
    TrieNode<T> childOrNew(String word) {
        TrieNode<T> c = child(word);
        if (c == null) {
            c = new TrieNode<>();
            if (tags == null) {
                tags = new int[2];
                entries = new Object[4];
            } else if ((children + 1) * 2 > tags.length) {
                grow();
            }
            put(word, c);
            children++;
        }
        return c;
    }

    boolean isLeaf() {
        return children == 0;
    }

    int childCount() {
        return children;
    }

    /** The words of the children, in no particular order. */
    List<String> childWords() {
        List<String> out = new ArrayList<>(children);
        if (tags != null) {
            for (int i = 0; i < tags.length; i++) {
                if (tags[i] != FREE) {
                    out.add((String) entries[2 * i]);
                }
            }
        }
        return out;
    }

    private void put(String word, TrieNode<T> child) {
        int tag = tag(word);
        int mask = tags.length - 1;
        int i = slot(tag, mask);
        while (tags[i] != FREE) {
            i = (i + 1) & mask;
        }
        tags[i] = tag;
        entries[2 * i] = word;
        entries[2 * i + 1] = child;
    }

    private void grow() {
        int[] oldTags = tags;
        Object[] oldEntries = entries;
        tags = new int[oldTags.length * 2];
        entries = new Object[oldEntries.length * 2];
        for (int i = 0; i < oldTags.length; i++) {
            if (oldTags[i] != FREE) {
                @SuppressWarnings("unchecked")
                TrieNode<T> c = (TrieNode<T>) oldEntries[2 * i + 1];
                put((String) oldEntries[2 * i], c);
            }
        }
    }

    private static int tag(String word) {
        return tag(word.hashCode()); // cached in the string
    }

    private static int tag(int hash) {
        return hash == FREE ? 1 : hash;
    }

    private static int slot(int tag, int mask) {
        int h = tag * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }
}
