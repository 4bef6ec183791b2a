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
import org.rasid.dedup.MinHasher;
import org.rasid.dedup.Shingler;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * The MinHash signatures of every paragraph of the benchmark pages (one operation = all of
 * them), the shingles made in set-up: what duplicate search pays per text before any look-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MinHashBenchmark {
    List<long[]> paragraphs;

    @Setup
    public void setUp() {
        Pipeline pipeline = Pipeline.withDefaults();
        paragraphs = new ArrayList<>();
        int i = 0;
        for (String p : BenchText.pages()) {
            Document doc = Document.ofText("page-" + i++, p);
            NormalizedText n = ArabicNormalizer.normalize(p);
            for (Story story : pipeline.segment(doc, pipeline.clean(doc, n))) {
                for (Span paragraph : story.paragraphs()) {
                    paragraphs.add(Shingler.of(n, paragraph).hashes());
                }
            }
        }
    }

    @Benchmark
    public long signatures() {
        long sum = 0;
        for (long[] shingles : paragraphs) {
            sum += MinHasher.signature(shingles)[0];
        }
        return sum;
    }
}
