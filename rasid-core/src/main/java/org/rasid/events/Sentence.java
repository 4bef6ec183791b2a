package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * One sentence as the event extractor reads it: its words, the cues among them and the clause
 * each word belongs to. Clauses end at strong breaks ("في حين", "فيما", "؛"); commas only end a
 * segment, which bounds lists of places.
 */
final class Sentence {
    final NormalizedText doc;
    final Span span;
    final int start;
    final int end;
    final List<Token> tokens;
    final List<EventCues.Cue> cues;
    final int[] clause;
    final int[] segment;

    Sentence(NormalizedText doc, Span span, EventCues cueLexicon) {
        this.doc = doc;
        this.span = span;
        this.start = doc.fromOriginal(span.start());
        this.end = Math.min(doc.fromOriginal(span.end()), doc.length());
        this.tokens = doc.tokens(start, Math.max(start, end));
        this.cues = cueLexicon.find(doc.text(), tokens);
        this.clause = new int[tokens.size()];
        this.segment = new int[tokens.size()];
        split();
    }

    private void split() {
        boolean[] breakAt = new boolean[tokens.size()];
        for (EventCues.Cue c : cues) {
            if (c.kind().equals("clause_break") && c.tokenStart() > 0) {
                breakAt[c.tokenStart()] = true;
            }
        }
        int cl = 0;
        int seg = 0;
        String text = doc.text();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
                boolean strong = breakAt[i] || gap.matches("(?s).*[؛;.!?:\\n].*");
                if (strong) {
                    cl++;
                    seg++;
                } else if (gap.matches("(?s).*[،,(\"«»“”].*")) {
                    seg++;
                }
            }
            clause[i] = cl;
            segment[i] = seg;
        }
    }

    List<EventCues.Cue> cues(String kind) {
        List<EventCues.Cue> out = new ArrayList<>();
        for (EventCues.Cue c : cues) {
            if (c.kind().equals(kind)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The token index at or after a normalised offset (tokens.size() if none). */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // tokens are sorted and disjoint
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first token whose end is after a normalised offset, or -1 when outside the sentence. */
    int tokenOf(int offset) {
        if (offset < start || offset >= end) {
            return -1;
        }
        int i = tokenAt(offset);
        return i < tokens.size() ? i : -1;
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    Span original(int nStart, int nEnd) {
        return doc.toOriginal(nStart, nEnd);
    }
}
