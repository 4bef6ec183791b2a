package org.rasid.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The benchmark thread's CPU time per operation over one iteration, printed at its end. On a
 * machine whose cores are shared, JMH's wall-clock scores spread with the neighbours' load; the
 * thread's own CPU time is the cost of an operation on one core, whoever else runs. A benchmark
 * takes it as an argument and calls {@link #op()} once per operation: JMH starts and stops the
 * clock around each iteration on the benchmark's own thread (thread-scoped state).
 */
@State(Scope.Thread)
public class CpuPerOp {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long startNanos;
    private long ops;

    @Setup(Level.Iteration)
    public void start() {
        ops = 0;
        startNanos = THREADS.getCurrentThreadCpuTime();
    }

    /** Counts one operation; call once per benchmark invocation. */
    public void op() {
        ops++;
    }

    /** Prints "cpu Benchmark.method: ms/op" for the iteration just ended. */
    @TearDown(Level.Iteration)
    public void stop(BenchmarkParams params) {
        long cpu = THREADS.getCurrentThreadCpuTime() - startNanos;
        if (ops > 0) {
            System.out.printf("%ncpu %s: %.2f ms/op over %d ops%n", name(params.getBenchmark()), cpu / 1e6 / ops, ops);
        }
    }

    /** "org.rasid.bench.jmh.TokenizerBenchmark.tokenize" as "TokenizerBenchmark.tokenize". */
    static String name(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }
}
