package org.rasid.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The benchmark thread's CPU time per operation over one iteration, printed at its end. On a
 * machine whose cores are shared, JMH's wall-clock scores spread with the neighbours' load; the
 * thread's own CPU time is the cost of an operation on one core, whoever else runs.
 */
final class CpuPerOp {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long startNanos;
    private long ops;

    void start() {
        ops = 0;
        startNanos = THREADS.getCurrentThreadCpuTime();
    }

    void op() {
        ops++;
    }

    /** Prints "cpu ms/op" for the iteration just ended; call on the thread that ran it. */
    void stop(String name) {
        long cpu = THREADS.getCurrentThreadCpuTime() - startNanos;
        if (ops > 0) {
            System.out.printf("%ncpu %s: %.2f ms/op over %d ops%n", name, cpu / 1e6 / ops, ops);
        }
    }
}
