package org.rasid.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Finds every gazetteer name in normalised text with one pass of a word trie
 * ({@link PhraseMatcher}), whatever the number of names: proclitics and the article are taken
 * off the first word ("بدرعا", "وإدلب", "لإدلب"), and a multi-word name also matches written
 * without its spaces ("جسرالشغور", "ديرالزور"), as news often has it.
 */
public final class ToponymMatcher {
    private final PhraseMatcher<Place> trie = new PhraseMatcher<>(false);

    /** One phrase of the trie and the place it names, in the order they are added. */
    record Entry(PhraseMatcher.Key key, Place place) {
    }

    public ToponymMatcher(Gazetteer gazetteer) {
        for (Entry e : gazetteer.matcherEntries()) {
            trie.addDistinct(e.key(), e.place());
        }
    }

    /**
     * The trie's phrases of a gazetteer's names: each name, and a multi-word one without its spaces;
     * a place comes once under the same words (a gazetteer's places are equal only to themselves).
     */
    static List<Entry> entries(Gazetteer gazetteer) {
        List<Entry> out = new ArrayList<>();
        Map<List<String>, List<Place>> seen = new HashMap<>();
        for (Map.Entry<String, List<Place>> e : gazetteer.nameIndex().entrySet()) {
            String name = e.getKey();
            for (Place p : e.getValue()) {
                addOnce(out, seen, PhraseMatcher.Key.of(name), p);
                if (name.indexOf(' ') > 0 && !hasOneLetterWord(name)) {
                    addOnce(out, seen, PhraseMatcher.Key.of(name.replace(" ", "")), p);
                }
            }
        }
        return out;
    }

    private static void addOnce(List<Entry> out, Map<List<String>, List<Place>> seen, PhraseMatcher.Key key, Place p) {
        List<Place> under = seen.computeIfAbsent(key.words(), w -> new ArrayList<>(1));
        for (Place q : under) {
            if (q == p) {
                return;
            }
        }
        under.add(p);
        out.add(new Entry(key, p));
    }

    /**
     * A name with a one-letter word ("ش", "ب") keeps its spaces: without them it is another word.
     * A word here is what the regex {@code (^| )\S( |$)} took: one non-space code point between
     * spaces or the ends. A scan, not that regex: it ran on every name at start-up.
     */
    static boolean hasOneLetterWord(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!isRegexSpace(cp) && (i == 0 || name.charAt(i - 1) == ' ')
                    && (next == name.length() || name.charAt(next) == ' ')) {
                return true;
            }
            i = next;
        }
        return false;
    }

    /** The chars of the regex class {@code \s} (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Number of distinct names (with their no-space forms) in the trie. */
    public int size() {
        return trie.size();
    }

    /**
     * This thread's last search: a story's names are asked for twice in a row, for its
     * {@link PlaceContext} and then by {@link ToponymResolver#resolve} over the same tokens.
     */
    private final ThreadLocal<LastFind> last = new ThreadLocal<>();

    /** Tokens of one text are told apart by their count and outer offsets (clipped ends included). */
    private record LastFind(String text, int size, int start, int end, List<PhraseMatcher.Match<Place>> found) {
        boolean isFor(String normalized, List<Token> tokens) {
            return text == normalized && size == tokens.size() && start == tokens.get(0).start()
                    && end == tokens.get(size - 1).end();
        }
    }

    /** The names among {@code tokens}, a run of the tokens of {@code normalized}; the list is read-only. */
    public List<PhraseMatcher.Match<Place>> find(String normalized, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        LastFind l = last.get();
        if (l != null && l.isFor(normalized, tokens)) {
            return l.found();
        }
        List<PhraseMatcher.Match<Place>> found = Collections.unmodifiableList(trie.find(normalized, tokens));
        last.set(new LastFind(normalized, tokens.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                found));
        return found;
    }

    /** Names inside an original-text region of a document. */
    public List<PhraseMatcher.Match<Place>> find(NormalizedText doc, Span region) {
        String text = doc.text();
        int from = doc.fromOriginal(region.start());
        int to = Math.min(text.length(), doc.fromOriginal(region.end()));
        return find(text, doc.tokens(from, to));
    }

    /** The places a phrase (as written) names exactly, e.g. for a section header "ديرالزور". */
    public List<Place> exact(String phrase) {
        return trie.exact(phrase);
    }
}
