package org.rasid.bench.jmh;

import java.util.ArrayList;
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
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.Token;

/**
 * ArabicTokenizer over the normalised benchmark pages, and clitic readings of every token. The
 * generated pages have a few hundred distinct words; -Drasid.corpus=DIR tokenises a real corpus,
 * whose vocabulary is what the tokenizer's cache of recent words meets. Each iteration prints its
 * CPU time per operation ({@link CpuPerOp}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {
    List<String> normalized;
    List<List<Token>> tokens;

    @Setup
    public void setUp() {
        normalized = new ArrayList<>();
        tokens = new ArrayList<>();
        for (String p : BenchText.pages()) {
            String n = ArabicNormalizer.normalize(p).text();
            normalized.add(n);
            tokens.add(ArabicTokenizer.tokenize(n));
        }
    }

    @Benchmark
    public int tokenize(CpuPerOp cpu) {
        cpu.op();
        int n = 0;
        for (String p : normalized) {
            n += ArabicTokenizer.tokenize(p).size();
        }
        return n;
    }

    @Benchmark
    public int cliticReadings(CpuPerOp cpu) {
        cpu.op();
        int n = 0;
        for (List<Token> page : tokens) {
            for (Token t : page) {
                n += CliticSplitter.readings(t.text(), true).size();
            }
        }
        return n;
    }
}
