package org.rasid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;
import org.rasid.testing.Seeds;
import org.rasid.text.Span;

class DocumentBudgetTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    @Test
    void aRealArticleIsProcessedWithinTheBudget() {
        Document doc = Document.ofText("004", Seeds.text("004"));
        DocumentBudget.Outcome o = DocumentBudget.withDefaults(PIPELINE).process(doc);
        assertTrue(o.ok(), o.message());
        assertEquals("004", o.doc());
        assertFalse(o.result().stories().isEmpty());
        assertTrue(SpanAudit.problems(o.result()).isEmpty());
    }

    @Test
    void aDocumentOverTheSizeBudgetIsRefusedByName() {
        String seed = Seeds.text("001");
        DocumentBudget budget = new DocumentBudget(PIPELINE, seed.length() - 1, Duration.ofSeconds(30));
        DocumentBudget.Outcome o = budget.process(Document.ofText("001_big", seed));
        assertEquals(DocumentBudget.Failure.TOO_LARGE, o.failure());
        assertNull(o.result());
        assertTrue(o.message().contains("001_big") && o.message().contains(String.valueOf(seed.length())), o.message());
    }

    @Test
    void aStallingDocumentTimesOutAndTheBatchGoesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DocumentBudget budget = new DocumentBudget(doc -> {
            if (doc.id().equals("stuck")) {
                try {
                    release.await(); // a rule that never ends; ignores interrupts like a busy regex
                } catch (InterruptedException e) {
                    while (release.getCount() > 0) {
                        Thread.onSpinWait();
                    }
                }
            }
            return PIPELINE.process(doc);
        }, 1_000_000, Duration.ofSeconds(3)); // the other documents must finish within it on a loaded machine
        List<DocumentBudget.Outcome> batch = new ArrayList<>();
        for (String id : List.of("a", "stuck", "b", "c")) {
            batch.add(budget.process(Document.ofText(id, Seeds.text("000"))));
        }
        assertEquals(List.of(true, false, true, true), batch.stream().map(DocumentBudget.Outcome::ok).toList());
        assertEquals(DocumentBudget.Failure.TIMEOUT, batch.get(1).failure());
        assertTrue(batch.get(1).message().contains("stuck"), batch.get(1).message());
        assertEquals(1, budget.runaways());
        release.countDown();
        for (int i = 0; i < 500 && budget.runaways() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, budget.runaways(), "the abandoned document's thread ended once released");
    }

    @Test
    void crashesAndErrorsBecomeErrorRecords() {
        DocumentBudget budget = new DocumentBudget(doc -> switch (doc.id()) {
            case "npe" -> throw new NullPointerException("no outlet");
            case "deep" -> recurse(0);
            default -> PIPELINE.process(doc);
        }, 1_000_000, Duration.ofSeconds(30));
        DocumentBudget.Outcome npe = budget.process(Document.ofText("npe", "نص"));
        assertEquals(DocumentBudget.Failure.CRASH, npe.failure());
        assertTrue(npe.message().contains("npe") && npe.message().contains("no outlet"), npe.message());
        DocumentBudget.Outcome deep = budget.process(Document.ofText("deep", "نص"));
        assertEquals(DocumentBudget.Failure.CRASH, deep.failure());
        assertTrue(deep.message().contains("StackOverflowError"), deep.message());
        assertTrue(budget.process(Document.ofText("fine", "نص")).ok());
    }

    @Test
    void offsetsOutsideTheTextAreCaught() {
        DocumentBudget budget = new DocumentBudget(doc -> {
            Span beyond = new Span(0, doc.text().length() + 5);
            Story s = new Story(doc.id(), 0, beyond, null, null, null, null, null, List.of(beyond), List.of(), -1);
            return new DocumentResult(doc, List.of(s), List.of(), List.of());
        }, 1_000_000, Duration.ofSeconds(30));
        DocumentBudget.Outcome o = budget.process(Document.ofText("off", "قصف حلب"));
        assertEquals(DocumentBudget.Failure.BAD_OFFSETS, o.failure());
        assertTrue(o.message().contains("outside text of 7 chars"), o.message());
    }

    @Test
    void processOrThrowCarriesTheErrorRecord() {
        DocumentBudget budget = new DocumentBudget(PIPELINE, 10, Duration.ofSeconds(30));
        DocumentBudget.Refused r = assertThrows(DocumentBudget.Refused.class,
                () -> budget.processOrThrow(Document.ofText("long", "قصف مدفعي على حلب")));
        assertEquals(DocumentBudget.Failure.TOO_LARGE, r.outcome().failure());
        assertTrue(r.toString().startsWith("too-large: document long has 17 chars"), r.toString());
        assertEquals("ok", budget.processOrThrow(Document.ofText("ok", "قصف")).document().id());
    }

    @Test
    void budgetsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentBudget(PIPELINE, 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new DocumentBudget(PIPELINE, 10, Duration.ZERO));
    }

    private static DocumentResult recurse(int depth) {
        return depth < Integer.MAX_VALUE ? recurse(depth + 1) : null;
    }
}
