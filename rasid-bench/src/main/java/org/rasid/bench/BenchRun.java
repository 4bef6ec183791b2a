package org.rasid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rasid.ingest.Document;

/**
 * One timed pass over the bench corpus with a number of worker threads, in one of two modes:
 * {@code STAGES} times each stage separately, {@code PIPELINE} times read + the whole
 * {@code Pipeline.process}. Every stage gets wall time and thread CPU time: on a shared machine
 * CPU time is the honest per-core cost, wall time what a user waits.
 */
final class BenchRun {
    enum Mode { STAGES, PIPELINE }

    /** Time of one stage, summed over the worker threads. */
    record Time(long wallNanos, long cpuNanos) {
    }

    /** What a pass measured. */
    record Result(Mode mode, int threads, long docs, long bytes, long wallNanos, long cpuNanos,
                  Map<String, Time> stages, long peakHeapBytes, double loadBefore, double loadAfter) {
        double docsPerSecond(long nanos) {
            return nanos == 0 ? 0 : docs * 1e9 / nanos;
        }

        double mbPerSecond(long nanos) {
            return nanos == 0 ? 0 : bytes / 1e6 * 1e9 / nanos;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * The worker threads, one executor each, kept for the whole bench: worker k runs the k-th part of
     * every pass, so the warm-up's and each pass's per-thread state (the tokenizer's cache of recent
     * words, {@code ThreadLocal}s) carries over to the next pass, as it does from document to document
     * in one long {@code rasid extract}. A new pool per pass started every timed pass with those caches
     * empty and weighed the cold path (a word's first sighting on the thread) more than a user's run.
     */
    private static final List<ExecutorService> WORKERS = new ArrayList<>();

    private BenchRun() {
    }

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    static Result run(BenchStages stages, List<Path> files, long bytes, int repeat, int threads, Mode mode) {
        List<Path> units = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            units.addAll(files);
        }
        List<BenchStages.Stage> chain = stages.stages();
        int slots = chain.size() + 2; // read, the stages, pipeline
        stages.reset();
        if (mode == Mode.STAGES) {
            stages.resetTruth();
        }
        System.gc();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        long[] sum = runThreads(stages, chain, units, threads, mode, slots);
        long corpusMerge = -1;
        if (mode == Mode.STAGES) {
            for (int k = 0; k < chain.size(); k++) {
                if (chain.get(k).name().equals("store")) {
                    long w0 = System.nanoTime();
                    long c0 = cpu();
                    stages.finishStore(); // the search index commit is part of storing
                    sum[k + 1] += System.nanoTime() - w0;
                    sum[slots + k + 1] += cpu() - c0;
                }
                if (chain.get(k).name().equals("merge")) {
                    corpusMerge = stages.mergeCorpus();
                }
            }
        }
        long wall = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean p : heap) {
            peak += p.getPeakUsage().getUsed();
        }
        Map<String, Time> times = new LinkedHashMap<>();
        times.put("read", new Time(sum[0], sum[slots]));
        if (mode == Mode.STAGES) {
            for (int k = 0; k < chain.size(); k++) {
                times.put(chain.get(k).name(), new Time(sum[k + 1], sum[slots + k + 1]));
            }
        } else {
            times.put("pipeline", new Time(sum[slots - 1], sum[2 * slots - 1]));
        }
        if (corpusMerge >= 0) {
            // one thread, after the pass: wall = cpu
            times.put("merge-corpus", new Time(corpusMerge, corpusMerge));
        }
        long cpuTotal = 0;
        for (Time t : times.values()) {
            cpuTotal += t.cpuNanos();
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Result(mode, threads, sum[2 * slots], bytes * repeat, wall, cpuTotal, times, peak, loadBefore, loadAfter);
    }

    /**
     * Runs the documents of {@code units} on {@code threads} workers; the per-slot sums:
     * [0..slots) wall, [slots..2*slots) cpu, [2*slots] documents.
     */
    private static long[] runThreads(BenchStages stages, List<BenchStages.Stage> chain, List<Path> units,
                                     int threads, Mode mode, int slots) {
        AtomicInteger next = new AtomicInteger();
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(worker(t).submit(() -> {
                // [0..slots) wall, [slots..2*slots) cpu, [2*slots] documents
                long[] local = new long[2 * slots + 1];
                long[] readTime = new long[2];
                int i;
                while ((i = next.getAndIncrement()) < units.size()) {
                    BenchStages.read(units.get(i), doc -> process(doc, stages, chain, mode, local, slots), readTime);
                }
                local[0] = readTime[0];
                local[slots] = readTime[1];
                return local;
            }));
        }
        long[] sum = new long[2 * slots + 1];
        try {
            for (Future<long[]> f : parts) {
                long[] l = f.get();
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += l[k];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        }
        return sum;
    }

    /** Worker {@code k}'s executor, started on first use and kept (a daemon thread). */
    private static synchronized ExecutorService worker(int k) {
        while (WORKERS.size() <= k) {
            WORKERS.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "rasid-bench-" + WORKERS.size());
                t.setDaemon(true);
                return t;
            }));
        }
        return WORKERS.get(k);
    }

    private static void process(Document doc, BenchStages stages, List<BenchStages.Stage> chain, Mode mode,
                                long[] local, int slots) {
        local[2 * slots]++;
        if (mode == Mode.PIPELINE) {
            long w0 = System.nanoTime();
            long c0 = cpu();
            stages.processWhole(doc);
            local[slots - 1] += System.nanoTime() - w0;
            local[2 * slots - 1] += cpu() - c0;
            return;
        }
        BenchStages.Item item = new BenchStages.Item();
        item.doc = doc;
        for (int k = 0; k < chain.size(); k++) {
            long w0 = System.nanoTime();
            long c0 = cpu();
            chain.get(k).apply(item);
            local[k + 1] += System.nanoTime() - w0;
            local[slots + k + 1] += cpu() - c0;
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> out = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                out.add(p);
            }
        }
        return out;
    }
}
