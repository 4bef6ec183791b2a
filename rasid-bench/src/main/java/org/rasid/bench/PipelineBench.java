package org.rasid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

/**
 * What {@code rasid bench} runs: optionally generates a corpus, then times each pipeline stage
 * and the whole pipeline on one thread and on all cores (or, with an API store size, the HTTP
 * API's latency), prints a table on stdout and writes the figures as JSON. In: {@link Options}.
 * Out: an exit code (0 done, 2 bad options) and the printed/written report.
 */
public final class PipelineBench {
    /** The options of {@code rasid bench}, as the command line gave them (null: not given). */
    public record Options(List<Path> corpora, Integer generateMb, Path out, long seed, Path seeds, boolean generateOnly,
                          Integer threads, List<String> stages, Integer maxMb, int repeat, int warmupMb,
                          List<String> passes, Path json, Integer apiStories, Path apiData, int apiRequests,
                          int wholeRuns) {
    }

    private final Integer generateMb;
    private final Path out;
    private final long seed;
    private final Path seeds;
    private final boolean generateOnly;
    private final Integer threads;
    private final List<String> stages;
    private final Integer maxMb;
    private final int repeat;
    private final int warmupMb;
    private final List<String> passes;
    private final Path json;
    private final Integer apiStories;
    private final Path apiData;
    private final int apiRequests;
    private final int wholeRuns;
    private final List<Path> corpora;

    public PipelineBench(Options o) {
        this.corpora = new ArrayList<>(o.corpora() == null ? List.of() : o.corpora());
        this.generateMb = o.generateMb();
        this.out = o.out();
        this.seed = o.seed();
        this.seeds = o.seeds();
        this.generateOnly = o.generateOnly();
        this.threads = o.threads();
        this.stages = o.stages();
        this.maxMb = o.maxMb();
        this.repeat = o.repeat();
        this.warmupMb = o.warmupMb();
        this.passes = o.passes();
        this.json = o.json();
        this.apiStories = o.apiStories();
        this.apiData = o.apiData();
        this.apiRequests = o.apiRequests();
        this.wholeRuns = o.wholeRuns();
    }

    /** Runs the benchmark the options ask for; the exit code of {@code rasid bench}. */
    public int run() throws IOException {
        PrintStream err = System.err;
        Map<String, Object> report = new LinkedHashMap<>();
        if (apiStories != null) {
            return apiBench(report);
        }
        if (generateMb != null) {
            Path dir = out != null ? out : Files.createTempDirectory("rasid-bench-");
            long t0 = System.nanoTime();
            CorpusGenerator.Summary s = new CorpusGenerator(seedDocuments(), BenchVocabulary.load(), seed)
                    .write(dir, generateMb * 1_000_000L, 16_000_000L);
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf(Locale.ROOT, "generated %,d documents (%,d republished copies), %.1f MB of text in %d shards under %s in %.1f s (seed %d)%n",
                    s.documents(), s.duplicates(), s.bytes() / 1e6, s.shards(), dir, secs, s.seed());
            Map<String, Object> gen = new LinkedHashMap<>();
            gen.put("dir", dir.toString());
            gen.put("seed", s.seed());
            gen.put("documents", s.documents());
            gen.put("duplicates", s.duplicates());
            gen.put("text_mb", round(s.bytes() / 1e6));
            gen.put("seconds", round(secs));
            report.put("generated", gen);
            if (generateOnly) {
                writeJson(report);
                return 0;
            }
            corpora.add(dir.resolve("corpus")); // real text first, the generated corpus after it
        }
        if (corpora.isEmpty()) {
            err.println("rasid bench: give --corpus DIR or --generate MB");
            return 2;
        }
        if (corpora.size() == 1) {
            return benchCorpus(corpora.get(0), report);
        }
        List<Map<String, Object>> each = new ArrayList<>();
        Path oneJson = json;
        for (Path corpus : corpora) {
            Map<String, Object> r = new LinkedHashMap<>();
            int rc = benchCorpus(corpus, r);
            if (rc != 0) {
                return rc;
            }
            each.add(r);
        }
        report.put("corpora", each);
        writeJson(report, oneJson);
        return 0;
    }

    /** Warm passes over one corpus, then its whole-process figures; the figures go into {@code report}. */
    private int benchCorpus(Path corpus, Map<String, Object> report) throws IOException {
        long budget = maxMb == null ? Long.MAX_VALUE : maxMb * 1_000_000L;
        BenchCorpus c = BenchCorpus.of(corpus, budget);
        int cores = Runtime.getRuntime().availableProcessors();
        int n = threads != null ? threads : cores;
        BenchTruth truth = BenchTruth.near(corpus);
        try (BenchStages bench = new BenchStages(Pipeline.withDefaults(), stages == null ? BenchStages.ALL : stages, truth)) {
            int rc = bench(bench, corpus, c, n, cores, report);
            if (truth != null) {
                // scored on the last stages pass (the truth counters restart with every pass)
                System.out.println(truth.summary());
                report.put("ground_truth_last_stages_pass", truth.report());
                writeJson(report);
            }
            return rc;
        }
    }

    /**
     * The garbage collectors of this JVM ("G1 Young Generation, G1 Old Generation"): a pass's CPU per document
     * depends on them (docs/performance.md, round 26: alternated runs of the same pass gave the worker thread a
     * median a quarter higher under G1, the JVM's default here, than under the launcher's serial collector).
     */
    static String collector() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    private int bench(BenchStages bench, Path corpus, BenchCorpus c, int n, int cores, Map<String, Object> report)
            throws IOException {
        PrintStream err = System.err;
        err.printf(Locale.ROOT, "corpus %s: %d files, %.1f MB; threads 1 and %d; max heap %d MB; collector %s%n",
                corpus, c.files().size(), c.bytes() / 1e6, n, Runtime.getRuntime().maxMemory() >> 20, collector());
        warmUp(bench, c, n);
        List<BenchRun.Result> results = new ArrayList<>();
        for (int t : n == 1 ? List.of(1) : List.of(1, n)) {
            for (BenchRun.Mode mode : modes()) {
                BenchRun.Result r = BenchRun.run(bench, c.files(), c.bytes(), repeat, t, mode);
                results.add(r);
                err.printf(Locale.ROOT, "  %s pass, %d thread(s): %,d docs in %.1f s (load average %.1f)%n",
                        mode.name().toLowerCase(Locale.ROOT), t, r.docs(), r.wallNanos() / 1e9, r.loadAfter());
            }
        }
        System.out.printf(Locale.ROOT, "corpus %s: %d files, %.1f MB%n", corpus, c.files().size(), c.bytes() / 1e6);
        printTable(System.out, c, results, bench.missing());
        if (!bench.mergeScaling().isEmpty()) {
            System.out.println("EventMerger.merge ungrouped, CPU seconds by number of events: " + bench.mergeScaling().entrySet()
                    .stream().map(e -> e.getKey() + " -> " + round(e.getValue() / 1e9)).toList());
            Map<String, Object> ms = new LinkedHashMap<>();
            bench.mergeScaling().forEach((k, v) -> ms.put(Integer.toString(k), round(v / 1e9)));
            report.put("merge_ungrouped_cpu_seconds_by_events", ms);
        }
        report.put("corpus_events_last_pass", bench.corpusEventCount());
        report.put("corpus_events_after_merge_last_pass", bench.corpusMergedEvents());
        report.put("corpus", Map.of("dir", corpus.toString(), "files", c.files().size(), "mb", round(c.bytes() / 1e6),
                "repeat", repeat));
        report.put("machine", Map.of("cores", cores, "java", System.getProperty("java.version"),
                "max_heap_mb", Runtime.getRuntime().maxMemory() >> 20, "collector", collector()));
        report.put("passes", results.stream().map(PipelineBench::toJson).toList());
        report.put("missing_stages", bench.missing());
        if (wholeRuns > 0) {
            report.put("whole_process", wholeProcess(c));
        }
        writeJson(report);
        return 0;
    }

    /**
     * The same files as whole processes, best of {@code wholeRuns}: {@code rasid extract} beside
     * Lucene's ArabicAnalyzer, printed under the warm table.
     */
    private Map<String, Object> wholeProcess(BenchCorpus c) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!WholeProcessBench.available()) {
            System.out.println("whole process: not measured (needs /proc/self/stat, Linux)");
            return m;
        }
        WholeProcessBench w = new WholeProcessBench(wholeRuns);
        for (WholeProcessBench.Best b : List.of(w.extract(c.files(), List.of()), w.analyzer(c.files()))) {
            System.out.printf(Locale.ROOT, "whole process  %-15s best of %d: %6.2f CPU-s (user+sys)  %6.2f MB/CPU-s  %6.2f s wall%n",
                    b.what(), b.runs(), b.cpuSeconds(), c.bytes() / 1e6 / b.cpuSeconds(), b.wallSeconds());
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("cpu_seconds", round(b.cpuSeconds()));
            x.put("mb_per_cpu_s", round(c.bytes() / 1e6 / b.cpuSeconds()));
            x.put("wall_seconds", round(b.wallSeconds()));
            x.put("runs", b.runs());
            m.put(b.what(), x);
        }
        return m;
    }

    /**
     * Untimed passes over the first {@code warmupMb} of the corpus for the JIT, on one thread and then,
     * when the bench runs more, on {@code n}: each worker thread is kept from pass to pass ({@link BenchRun}),
     * so every thread of a timed pass starts with the caches a long extract has.
     */
    private void warmUp(BenchStages bench, BenchCorpus c, int n) {
        List<Path> slice = new ArrayList<>();
        long bytes = 0;
        for (Path f : c.files()) {
            slice.add(f);
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes >= warmupMb * 1_000_000L) {
                break;
            }
        }
        int rounds = (int) Math.max(1, Math.min(200, warmupMb * 1_000_000L / Math.max(1, bytes)));
        for (int t : n == 1 ? List.of(1) : List.of(1, n)) {
            for (BenchRun.Mode mode : modes()) {
                BenchRun.run(bench, slice, bytes, rounds, t, mode);
            }
        }
    }

    private List<BenchRun.Mode> modes() {
        List<BenchRun.Mode> out = new ArrayList<>();
        for (String p : passes) {
            out.add(BenchRun.Mode.valueOf(p.trim().toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private List<Document> seedDocuments() throws IOException {
        if (!Files.isDirectory(seeds)) {
            throw new IllegalArgumentException("seed pages not found: " + seeds + " (run from the project folder or give --seeds DIR)");
        }
        List<Document> docs = new ArrayList<>();
        try (var s = Files.list(seeds)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                BenchStages.read(f, docs::add, new long[2]);
            }
        }
        return docs;
    }

    /**
     * One row per stage and pass. Rates per core come from thread CPU time (docs / CPU seconds
     * of that stage); "WHOLE" rows are wall-clock, what the pass really took with its threads.
     */
    static void printTable(PrintStream out, BenchCorpus c, List<BenchRun.Result> results, List<String> missing) {
        out.printf(Locale.ROOT, "%-9s %-8s %3s %11s %10s %9s %9s %8s %6s%n", "stage", "pass", "thr",
                "docs/s/core", "MB/s/core", "cpu s", "wall s", "heap MB", "load");
        for (BenchRun.Result r : results) {
            String pass = r.mode().name().toLowerCase(Locale.ROOT);
            long heap = r.peakHeapBytes() >> 20;
            String load = String.format(Locale.ROOT, "%.1f", r.loadAfter());
            for (Map.Entry<String, BenchRun.Time> e : r.stages().entrySet()) {
                BenchRun.Time t = e.getValue();
                // merge-corpus runs on one thread after the pass
                int perThread = e.getKey().equals("merge-corpus") ? 1 : r.threads();
                out.printf(Locale.ROOT, "%-9s %-8s %3d %11.0f %10.2f %9.2f %9.2f %8d %6s%n", e.getKey(), pass, r.threads(),
                        r.docsPerSecond(t.cpuNanos()), r.mbPerSecond(t.cpuNanos()), t.cpuNanos() / 1e9,
                        t.wallNanos() / 1e9 / perThread, heap, load);
            }
            if (r.mode() == BenchRun.Mode.PIPELINE) {
                out.printf(Locale.ROOT, "%-9s %-8s %3d %11s %10s %9.2f %9.2f %8d %6s   wall: %.0f docs/s, %.2f MB/s%n",
                        "WHOLE", "wall", r.threads(), "", "", r.cpuNanos() / 1e9, r.wallNanos() / 1e9, heap, load,
                        r.docsPerSecond(r.wallNanos()), r.mbPerSecond(r.wallNanos()));
            }
        }
        if (!missing.isEmpty()) {
            out.println("not timed (not in this build yet): " + String.join(", ", missing));
        }
    }

    private static Map<String, Object> toJson(BenchRun.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
        m.put("threads", r.threads());
        m.put("docs", r.docs());
        m.put("mb", round(r.bytes() / 1e6));
        m.put("wall_seconds", round(r.wallNanos() / 1e9));
        m.put("cpu_seconds", round(r.cpuNanos() / 1e9));
        m.put("wall_docs_per_s", round(r.docsPerSecond(r.wallNanos())));
        m.put("wall_mb_per_s", round(r.mbPerSecond(r.wallNanos())));
        m.put("docs_per_cpu_s", round(r.docsPerSecond(r.cpuNanos())));
        m.put("mb_per_cpu_s", round(r.mbPerSecond(r.cpuNanos())));
        m.put("peak_heap_mb", r.peakHeapBytes() >> 20);
        m.put("load_average_before", round(r.loadBefore()));
        m.put("load_average_after", round(r.loadAfter()));
        Map<String, Object> st = new LinkedHashMap<>();
        for (Map.Entry<String, BenchRun.Time> e : r.stages().entrySet()) {
            BenchRun.Time t = e.getValue();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("cpu_seconds", round(t.cpuNanos() / 1e9));
            x.put("wall_seconds_per_thread", round(t.wallNanos() / 1e9 / r.threads()));
            x.put("docs_per_cpu_s", round(r.docsPerSecond(t.cpuNanos())));
            x.put("mb_per_cpu_s", round(r.mbPerSecond(t.cpuNanos())));
            st.put(e.getKey(), x);
        }
        m.put("stages", st);
        return m;
    }

    private void writeJson(Map<String, Object> report) throws IOException {
        writeJson(report, corpora.size() > 1 ? null : json);
    }

    private static void writeJson(Map<String, Object> report, Path to) throws IOException {
        if (to != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(to.toFile(), report);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Events, search and stats API latency over loopback on a store of {@code apiStories} stories. */
    private int apiBench(Map<String, Object> report) throws IOException {
        if (apiStories <= 0 || apiRequests <= 0) {
            System.err.println("rasid bench: --api and --api-requests must be positive");
            return 2;
        }
        try {
            ApiBench.Report r = ApiBench.topUpAndRun(apiData, apiStories, apiRequests, seeds);
            System.out.print(r);
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (ApiBench.Latency l : r.latencies()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("endpoint", l.endpoint());
                row.put("requests", l.requests());
                row.put("p50_ms", round(l.p50Ms()));
                row.put("p99_ms", round(l.p99Ms()));
                row.put("max_ms", round(l.maxMs()));
                rows.add(row);
            }
            report.put("api", rows);
            report.put("api_store", r.store());
            writeJson(report);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
