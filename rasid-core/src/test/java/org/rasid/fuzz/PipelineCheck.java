package org.rasid.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentBudget;
import org.rasid.pipeline.Pipeline;
import org.rasid.pipeline.SpanAudit;
import org.rasid.segment.Story;
import org.rasid.text.Span;

/**
 * What every fuzz test demands of the pipeline: one outcome per document, a result or an error
 * record naming it, every offset inside the original text, evidence text equal to the text at
 * its offsets.
 */
public final class PipelineCheck {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();
    private static final DocumentBudget BUDGET = new DocumentBudget(PIPELINE, DocumentBudget.DEFAULT_MAX_CHARS,
            Duration.ofSeconds(60));

    private PipelineCheck() {
    }

    public static DocumentBudget.Outcome check(Document doc) {
        String text = doc.text();
        DocumentBudget.Outcome o = BUDGET.process(doc);
        assertNotNull(o);
        assertEquals(doc.id(), o.doc());
        if (!o.ok()) {
            assertTrue(o.message() != null && o.message().contains(doc.id()), o.message());
            // A timeout or too-large refusal is an acceptable answer; a crash or bad offset is a bug.
            assertTrue(o.failure() == DocumentBudget.Failure.TIMEOUT || o.failure() == DocumentBudget.Failure.TOO_LARGE,
                    () -> o.failure() + ": " + o.message());
            return o;
        }
        assertEquals(text, o.result().document().text(), "the pipeline changed the original text");
        assertEquals(List.of(), SpanAudit.problems(o.result()));
        for (Story s : o.result().stories()) {
            for (Span p : s.sentences()) {
                assertTrue(s.span().contains(p) || p.length() == 0, "sentence " + p + " outside story " + s.span());
            }
        }
        for (Event e : o.result().events()) {
            Evidence ev = e.evidence();
            assertNotNull(ev, "event without evidence");
            if (ev.sentence() != null) {
                assertEquals(text.substring(ev.start(), ev.end()), ev.sentence(),
                        "evidence sentence is not the text at its offsets");
            }
            for (Evidence.Part p : ev.spans()) {
                assertTrue(p.start() <= p.end(), p.toString());
                if (p.text() != null) {
                    assertEquals(text.substring(p.start(), p.end()), p.text(),
                            p.role() + " text is not the text at its offsets");
                }
            }
        }
        return o;
    }
}
