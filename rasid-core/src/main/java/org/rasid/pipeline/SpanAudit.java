package org.rasid.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.segment.Story;
import org.rasid.text.Span;

/**
 * Checks that every offset a result carries lies inside its document's original text: story,
 * paragraph and sentence spans, evidence sentences and their parts. An offset outside the text
 * would make the UI highlight the wrong words or the store fail on a substring.
 */
public final class SpanAudit {
    private SpanAudit() {
    }

    /** Human-readable problems, empty when every offset is inside the text. */
    public static List<String> problems(DocumentResult result) {
        List<String> out = new ArrayList<>();
        int length = result.document().text().length();
        for (Story s : result.stories()) {
            check(out, "story " + s.index(), s.span(), length);
            for (Span p : s.paragraphs()) {
                check(out, "story " + s.index() + " paragraph", p, length);
            }
            for (Span p : s.sentences()) {
                check(out, "story " + s.index() + " sentence", p, length);
            }
        }
        for (Event e : result.events()) {
            Evidence ev = e.evidence();
            if (ev == null) {
                continue;
            }
            check(out, "event " + e.id() + " evidence", ev.start(), ev.end(), length);
            if (ev.spans() != null) {
                for (Evidence.Part p : ev.spans()) {
                    check(out, "event " + e.id() + " " + p.role(), p.start(), p.end(), length);
                }
            }
        }
        return out;
    }

    private static void check(List<String> out, String what, Span s, int length) {
        if (s == null) {
            out.add(what + ": no span");
        } else {
            check(out, what, s.start(), s.end(), length);
        }
    }

    private static void check(List<String> out, String what, int start, int end, int length) {
        if (start < 0 || end < start || end > length) {
            out.add(what + " [" + start + "," + end + ") outside text of " + length + " chars");
        }
    }
}
