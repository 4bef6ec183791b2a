package org.rasid.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rasid.ingest.Document;

/**
 * One timed pass over the bench corpus with a number of worker threads, in one of two modes:
 * {@code STAGES} times each stage separately (nanoTime around each call, summed over threads),
 * {@code PIPELINE} times read + {@code Pipeline.process} and reports wall-clock throughput.
 */
final class BenchRun {
    enum Mode { STAGES, PIPELINE }

    /** What a pass measured. Stage times are thread-time, summed over the worker threads. */
    record Result(Mode mode, int threads, long docs, long bytes, long wallNanos, Map<String, Long> stageNanos,
                  long peakHeapBytes) {
        double docsPerSecond(long nanos) {
            return nanos == 0 ? 0 : docs * 1e9 / nanos;
        }

        double mbPerSecond(long nanos) {
            return nanos == 0 ? 0 : bytes / 1e6 * 1e9 / nanos;
        }
    }

    private BenchRun() {
    }

    static Result run(BenchStages stages, List<Path> files, long bytes, int repeat, int threads, Mode mode) {
        List<Path> units = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            units.addAll(files);
        }
        List<BenchStages.Stage> chain = stages.stages();
        int slots = chain.size() + 2; // + read + pipeline
        stages.reset();
        System.gc();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rasid-bench");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                long[] local = new long[slots + 1]; // last slot: documents
                int i;
                while ((i = next.getAndIncrement()) < units.size()) {
                    local[0] += BenchStages.read(units.get(i), doc -> process(doc, stages, chain, mode, local));
                }
                return local;
            }));
        }
        long[] sum = new long[slots + 1];
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
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        int storeSlot = -1;
        for (int k = 0; k < chain.size(); k++) {
            if (chain.get(k).name().equals("store")) {
                storeSlot = k + 1;
            }
        }
        if (mode == Mode.STAGES && storeSlot > 0) {
            long t0 = System.nanoTime();
            stages.finishPass();
            sum[storeSlot] += System.nanoTime() - t0;
        }
        long wall = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean p : heap) {
            peak += p.getPeakUsage().getUsed();
        }
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("read", sum[0]);
        if (mode == Mode.STAGES) {
            for (int k = 0; k < chain.size(); k++) {
                nanos.put(chain.get(k).name(), sum[k + 1]);
            }
        } else {
            nanos.put("pipeline", sum[slots - 1]);
        }
        return new Result(mode, threads, sum[slots], bytes * repeat, wall, nanos, peak);
    }

    private static void process(Document doc, BenchStages stages, List<BenchStages.Stage> chain, Mode mode, long[] local) {
        local[local.length - 1]++;
        if (mode == Mode.PIPELINE) {
            long t0 = System.nanoTime();
            stages.processWhole(doc);
            local[local.length - 2] += System.nanoTime() - t0;
            return;
        }
        BenchStages.Item item = new BenchStages.Item();
        item.doc = doc;
        for (int k = 0; k < chain.size(); k++) {
            long t0 = System.nanoTime();
            chain.get(k).apply(item);
            local[k + 1] += System.nanoTime() - t0;
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
