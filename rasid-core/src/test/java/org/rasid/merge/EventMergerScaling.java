package org.rasid.merge;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Function;
import org.rasid.model.Event;

/**
 * Measures EventMerger against the quadratic NaiveEventMerger on 10k, 50k and 100k reports made
 * from the seed events (one merge call over all of them, as {@code rasid bench}'s merge-corpus
 * stage does). Not a test: run its main (command in docs/performance.md). Figures are thread
 * CPU seconds, so a busy machine does not inflate them; wall seconds beside them.
 * Arguments: sizes (default 10000 50000 100000); "--new-only" skips the quadratic merger.
 */
public final class EventMergerScaling {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EventMergerScaling() {
    }

    public static void main(String[] args) throws Exception {
        boolean newOnly = List.of(args).contains("--new-only");
        int[] sizes = List.of(args).stream().filter(a -> !a.startsWith("--")).mapToInt(Integer::parseInt).toArray();
        if (sizes.length == 0) {
            sizes = new int[] {10_000, 50_000, 100_000};
        }
        List<Event> seeds = SeedEventVariants.seedEvents();
        System.out.printf("seed events: %d; reports: 8 per document, 1,000 per day%n", seeds.size());
        List<Event> warm = SeedEventVariants.generate(seeds, 5_000, 8, 5, 1L);
        for (int i = 0; i < 3; i++) { // JIT warm-up, untimed
            new EventMerger().merge(warm);
            new NaiveEventMerger().merge(warm);
        }
        System.out.printf("%8s %8s %12s %10s %12s %10s %6s%n", "reports", "merged", "before cpu s", "wall s",
                "after cpu s", "wall s", "same");
        for (int n : sizes) {
            List<Event> in = SeedEventVariants.generate(seeds, n, 8, Math.max(1, n / 1000), 20180702L);
            long[] after = new long[2];
            List<Event> fast = timed(l -> new EventMerger().merge(l), in, after);
            String before = "-";
            String beforeWall = "-";
            String same = "-";
            if (!newOnly) {
                long[] t = new long[2];
                List<Event> slow = timed(l -> new NaiveEventMerger().merge(l), in, t);
                before = String.format("%.2f", t[0] / 1e9);
                beforeWall = String.format("%.2f", t[1] / 1e9);
                same = String.valueOf(slow.equals(fast));
            }
            System.out.printf("%8d %8d %12s %10s %12.3f %10.3f %6s%n", n, fast.size(), before, beforeWall,
                    after[0] / 1e9, after[1] / 1e9, same);
        }
    }

    private static List<Event> timed(Function<List<Event>, List<Event>> merge, List<Event> in, long[] cpuWall) {
        long c = THREADS.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        List<Event> out = merge.apply(in);
        cpuWall[0] = THREADS.getCurrentThreadCpuTime() - c;
        cpuWall[1] = System.nanoTime() - w;
        return out;
    }
}
