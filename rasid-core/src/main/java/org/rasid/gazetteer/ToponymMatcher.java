package org.rasid.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
    /** A name with a one-letter word ("ش", "ب") keeps its spaces: without them it is another word. */
    private static final Pattern ONE_LETTER_WORD = Pattern.compile(".*(^| )\\S( |$).*");

    private final PhraseMatcher<Place> trie = new PhraseMatcher<>(false);

    public ToponymMatcher(Gazetteer gazetteer) {
        for (Map.Entry<String, List<Place>> e : gazetteer.nameIndex().entrySet()) {
            String name = e.getKey();
            for (Place p : e.getValue()) {
                trie.add(name, p);
                if (name.indexOf(' ') > 0 && !ONE_LETTER_WORD.matcher(name).matches()) {
                    trie.add(name.replace(" ", ""), p);
                }
            }
        }
    }

    /** Number of distinct names (with their no-space forms) in the trie. */
    public int size() {
        return trie.size();
    }

    public List<PhraseMatcher.Match<Place>> find(String normalized, List<Token> tokens) {
        return trie.find(normalized, tokens);
    }

    /** Names inside an original-text region of a document. */
    public List<PhraseMatcher.Match<Place>> find(NormalizedText doc, Span region) {
        String text = doc.text();
        int from = doc.fromOriginal(region.start());
        int to = Math.min(text.length(), doc.fromOriginal(region.end()));
        return trie.find(text, doc.tokens(from, to));
    }

    /** The places a phrase (as written) names exactly, e.g. for a section header "ديرالزور". */
    public List<Place> exact(String phrase) {
        return trie.exact(phrase);
    }
}
