package org.rasid.bench.jmh;

import java.time.LocalDate;
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
import org.rasid.gazetteer.Gazetteer;
import org.rasid.gazetteer.ToponymResolver;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.time.DateResolver;

/**
 * The two costliest readers of a story's arguments (StoryReader), each page read as one story:
 * the places (gazetteer names resolved with their cues and the story's context) and the dates.
 * The pages are normalised and tokenised in set-up, as the pipeline has done before them. Each
 * iteration also prints its CPU time per operation ({@link CpuPerOp}), the figure to compare on a
 * shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoryArgumentsBenchmark {
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 7, 2);

    List<NormalizedText> docs;
    ToponymResolver places;
    DateResolver dates;

    @Setup
    public void setUp() {
        docs = new ArrayList<>();
        for (String p : BenchText.pages()) {
            NormalizedText doc = ArabicNormalizer.normalize(p);
            doc.tokens(0, doc.length());
            docs.add(doc);
        }
        places = new ToponymResolver(Gazetteer.load());
        dates = new DateResolver();
    }

    @Benchmark
    public int places(CpuPerOp cpu) {
        cpu.op();
        int n = 0;
        for (NormalizedText doc : docs) {
            n += places.resolve(doc, null, new Span(0, doc.original().length())).size();
        }
        return n;
    }

    @Benchmark
    public int dates(CpuPerOp cpu) {
        cpu.op();
        int n = 0;
        for (NormalizedText doc : docs) {
            n += dates.find(doc, new Span(0, doc.original().length()), PUBLISHED).size();
        }
        return n;
    }
}
