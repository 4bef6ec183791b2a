package org.rasid.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;

/**
 * Makes a {@link SearchHit} of a stored story: a window of its original text around the first
 * word the query matched, with every matched word's range inside the window. Words are
 * compared after the same Arabic analysis as the index, so "بحلب" highlights for "حلب".
 */
final class SearchSnippets {
    private static final int BEFORE = 80;
    private static final int WINDOW = 320;
    private static final int MAX_MARKS = 64;

    private final Analyzer analyzer;

    SearchSnippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The analysed terms of a query, to find in the stories it matched. */
    Set<String> terms(String q) throws IOException {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, q)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    SearchHit hit(Document d, float score, Set<String> terms) throws IOException {
        String text = d.get(IndexFields.TEXT);
        List<int[]> found = matches(text, terms);
        int first = found.isEmpty() ? 0 : found.get(0)[0];
        int start = Math.max(0, first - BEFORE);
        while (start > 0 && start < first && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        int end = Math.min(text.length(), start + WINDOW);
        List<int[]> marks = new ArrayList<>();
        for (int[] f : found) {
            if (f[0] >= start && f[1] <= end) {
                marks.add(new int[] {f[0] - start, f[1] - start});
            }
        }
        String storyField = d.get("story");
        return new SearchHit(d.get("doc"), storyField == null ? 0 : Integer.parseInt(storyField),
                d.get(IndexFields.TITLE), d.get("story_outlet"), d.get("published"), score,
                text.substring(start, end), marks);
    }

    private List<int[]> matches(String text, Set<String> terms) throws IOException {
        List<int[]> found = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && found.size() < MAX_MARKS) {
                if (terms.contains(term.toString())) {
                    found.add(new int[] {off.startOffset(), off.endOffset()});
                }
            }
            ts.end();
        }
        return found;
    }
}
