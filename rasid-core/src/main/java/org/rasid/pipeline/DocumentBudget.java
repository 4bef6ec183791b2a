package org.rasid.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.rasid.ingest.Document;

/**
 * Size and wall-time limits per document around {@link Pipeline#process}, so that one
 * pathological page (a 50 MB line, markup that makes a rule backtrack) becomes an error record
 * for that document instead of stalling or killing the batch. Every exception and error thrown
 * while processing, and any result whose offsets fall outside the text, also becomes an error
 * record. A wrapper, not part of the pipeline: callers choose the limits.
 *
 * <p>Java cannot stop a busy thread safely: a document over its time budget is interrupted and
 * abandoned on a daemon thread; {@link #runaways()} counts those still running.
 */
public final class DocumentBudget {
    /** Default limits: 2 million chars (a long digest page is about 100k) and 30 s of wall time. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    public static final Duration DEFAULT_WALL_TIME = Duration.ofSeconds(30);

    /** Why a document produced no result. */
    public enum Failure {
        TOO_LARGE, TIMEOUT, CRASH, BAD_OFFSETS, INTERRUPTED;

        /** The error record's reason, spelled as the readers' reasons are ("too-large", docs/data-formats.md). */
        public String reason() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What processing one document gave: a result, or an error naming the document.
     *
     * @param result null when {@code failure} is set
     */
    public record Outcome(String doc, String source, DocumentResult result, Failure failure, String message) {
        public boolean ok() {
            return failure == null;
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(daemons());

    private final Function<Document, DocumentResult> stage;
    private final int maxChars;
    private final long wallNanos;
    private final AtomicInteger runaways = new AtomicInteger();

    public DocumentBudget(Pipeline pipeline, int maxChars, Duration wallTime) {
        this(Objects.requireNonNull(pipeline, "pipeline")::process, maxChars, wallTime);
    }

    /** Budget around any per-document stage (tests use this to simulate a stalling stage). */
    public DocumentBudget(Function<Document, DocumentResult> stage, int maxChars, Duration wallTime) {
        if (maxChars <= 0 || wallTime.isNegative() || wallTime.isZero()) {
            throw new IllegalArgumentException("budget must be positive: " + maxChars + " chars, " + wallTime);
        }
        this.stage = stage;
        this.maxChars = maxChars;
        this.wallNanos = wallTime.toNanos();
    }

    public static DocumentBudget withDefaults(Pipeline pipeline) {
        return new DocumentBudget(pipeline, DEFAULT_MAX_CHARS, DEFAULT_WALL_TIME);
    }

    /** Processes one document within the budget. Never throws for anything the document causes. */
    public Outcome process(Document doc) {
        int length = doc.text().length();
        if (length > maxChars) {
            return failed(doc, Failure.TOO_LARGE, "document " + doc.id() + " has " + length
                    + " chars, over the budget of " + maxChars);
        }
        // 0 running, 1 ended, 2 abandoned: whoever moves it first decides who counts the runaway.
        AtomicInteger state = new AtomicInteger();
        Future<DocumentResult> future = WORKERS.submit(() -> {
            try {
                return guarded(doc);
            } finally {
                if (!state.compareAndSet(0, 1)) {
                    runaways.decrementAndGet();
                }
            }
        });
        try {
            DocumentResult result;
            try {
                result = future.get(wallNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                runaways.incrementAndGet();
                if (state.compareAndSet(0, 2)) {
                    future.cancel(true);
                    return failed(doc, Failure.TIMEOUT, "document " + doc.id() + " took longer than "
                            + Duration.ofNanos(wallNanos).toMillis() + " ms; abandoned");
                }
                runaways.decrementAndGet();
                result = future.get(); // it ended just now
            }
            List<String> bad = SpanAudit.problems(result);
            if (!bad.isEmpty()) {
                return failed(doc, Failure.BAD_OFFSETS, "document " + doc.id() + ": " + bad.size()
                        + " offsets outside the text, first: " + bad.get(0));
            }
            return new Outcome(doc.id(), doc.source(), result, null, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof StageCrash c ? c.getCause() : e.getCause();
            return failed(doc, Failure.CRASH, "document " + doc.id() + " failed: " + describe(cause));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(doc, Failure.INTERRUPTED, "document " + doc.id() + ": interrupted");
        }
    }

    /**
     * The result, or a {@link Refused} exception carrying the error record: for callers such as
     * the store's Ingester that turn a thrown exception into a failed document.
     */
    public DocumentResult processOrThrow(Document doc) {
        Outcome o = process(doc);
        if (!o.ok()) {
            throw new Refused(o);
        }
        return o.result();
    }

    /** A document the budget refused or that failed inside it; its message names the document. */
    public static final class Refused extends RuntimeException {
        private final transient Outcome outcome;

        Refused(Outcome outcome) {
            super(outcome.message(), null, false, false);
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }

        @Override
        public String toString() {
            return outcome.failure().reason() + ": " + getMessage();
        }
    }

    /** Documents abandoned after their time budget whose thread has not ended yet. */
    public int runaways() {
        return runaways.get();
    }

    private DocumentResult guarded(Document doc) {
        try {
            DocumentResult r = stage.apply(doc);
            if (r == null) {
                throw new IllegalStateException("the pipeline returned no result");
            }
            return r;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new StageCrash(e);
        }
    }

    private static Outcome failed(Document doc, Failure failure, String message) {
        return new Outcome(doc.id(), doc.source(), null, failure, message);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        String name = t.getClass().getSimpleName();
        if (m == null) {
            return name;
        }
        return name + ": " + (m.length() > 300 ? m.substring(0, 300) + "…" : m);
    }

    private static ThreadFactory daemons() {
        return r -> {
            Thread t = new Thread(r, "rasid-document-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Carries Errors out of the worker so they are reported, not swallowed by the executor. */
    private static final class StageCrash extends RuntimeException {
        StageCrash(Throwable cause) {
            super(cause);
        }
    }
}
