package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrieNodeTest {
    @Test
    void findsEveryChildItWasGivenAndNoOther() {
        TrieNode<String> node = new TrieNode<>();
        Map<String, TrieNode<String>> expected = new HashMap<>();
        Random random = new Random(19);
        for (int n = 0; n < 5_000; n++) {
            String word = "w" + random.nextInt(3_000);
            TrieNode<String> child = node.childOrNew(word);
            TrieNode<String> before = expected.putIfAbsent(word, child);
            if (before != null) {
                assertSame(before, child, word); // asked again: the same child
            }
        }
        assertEquals(expected.size(), node.childCount());
        for (Map.Entry<String, TrieNode<String>> e : expected.entrySet()) {
            assertSame(e.getValue(), node.child(new String(e.getKey().toCharArray())), e.getKey());
        }
        for (int k = 3_000; k < 4_000; k++) {
            assertNull(node.child("w" + k));
        }
        assertEquals(expected.keySet(), new HashSet<>(node.childWords()));
    }

    @Test
    void wordsOfEqualHashAndOfHashZeroStayApart() {
        TrieNode<String> node = new TrieNode<>();
        // "Aa" and "BB" share a hash; the empty word's hash is the free mark's value
        TrieNode<String> aa = node.childOrNew("Aa");
        TrieNode<String> bb = node.childOrNew("BB");
        TrieNode<String> empty = node.childOrNew("");
        assertSame(aa, node.child("Aa"));
        assertSame(bb, node.child("BB"));
        assertSame(empty, node.child(""));
        assertTrue(aa != bb && bb != empty);
        assertEquals(3, node.childCount());
    }

    @Test
    void aTextWordFindsTheChildItsSpellingFinds() {
        TrieNode<String> node = new TrieNode<>();
        TrieNode<String> city = node.childOrNew("مدينة");
        node.childOrNew("بلدة");
        assertSame(city, node.child(new Word("مدينة")));
        assertNull(node.child(new Word("قرية")));
        assertNull(new TrieNode<String>().child(new Word("مدينة")));
    }

    @Test
    void aLeafAnswersWithoutATable() {
        TrieNode<String> leaf = new TrieNode<>();
        assertTrue(leaf.isLeaf());
        assertNull(leaf.child("حلب"));
        assertTrue(leaf.childWords().isEmpty());
    }
}
