package org.rasid.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rasid.text.ArabicNormalizer;

/** ArabicNormalizer.normalize over the benchmark pages (one operation = all pages). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizerBenchmark {
    List<String> pages;

    @Setup
    public void setUp() {
        pages = BenchText.pages();
    }

    @Benchmark
    public int normalize() {
        int n = 0;
        for (String p : pages) {
            n += ArabicNormalizer.normalize(p).length();
        }
        return n;
    }
}
