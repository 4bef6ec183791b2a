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
import org.rasid.dedup.Deduplicator;
import org.rasid.dedup.DuplicateIndex;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;

/**
 * Duplicate search over the benchmark pages (one operation = all pages against one fresh pair of
 * run indexes): shingles, keys, MinHash signatures and the index look-ups, as
 * {@code Pipeline.process} runs it. Normalising, tokenising and segmenting are done in set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DuplicateSearchBenchmark {
    List<NormalizedText> texts;
    List<List<Story>> stories;

    @Setup
    public void setUp() {
        Pipeline pipeline = Pipeline.withDefaults();
        texts = new ArrayList<>();
        stories = new ArrayList<>();
        int i = 0;
        for (String p : BenchText.pages()) {
            Document doc = Document.ofText("page-" + i++, p);
            NormalizedText n = ArabicNormalizer.normalize(p);
            n.tokens(0, n.length()); // the document's one tokenisation, which later stages share
            texts.add(n);
            stories.add(pipeline.segment(doc, pipeline.clean(doc, n)));
        }
    }

    @Benchmark
    public int findDuplicates() {
        DuplicateIndex paragraphs = new DuplicateIndex();
        DuplicateIndex storyIndex = new DuplicateIndex();
        int n = 0;
        for (int i = 0; i < texts.size(); i++) {
            n += Deduplicator.find(texts.get(i), stories.get(i), paragraphs, storyIndex).duplicates().size();
        }
        return n;
    }
}
