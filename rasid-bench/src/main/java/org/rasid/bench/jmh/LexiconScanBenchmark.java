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
import org.rasid.bench.BenchVocabulary;
import org.rasid.events.EventCues;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

/**
 * Every lexicon of the event stage over freshly tokenised pages, as a document meets them: the
 * tokens of each page are made anew (a new document's tokens), then the event cues, triggers,
 * gazetteer and actor names each scan them. What the words' shared analyses ({@code Word}) save
 * shows here, where {@link PhraseMatcherBenchmark} reuses one page's tokens for one lexicon.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LexiconScanBenchmark {
    List<String> normalized;
    EventCues cues;
    List<PhraseMatcher<String>> matchers;

    @Setup
    public void setUp() {
        normalized = new ArrayList<>();
        for (String p : BenchText.pages()) {
            normalized.add(ArabicNormalizer.normalize(p).text());
        }
        cues = EventCues.load();
        matchers = List.of(matcher("triggers", true), matcher("gazetteer", false), matcher("actors", false));
    }

    private static PhraseMatcher<String> matcher(String lexicon, boolean pronounSuffixes) {
        PhraseMatcher<String> m = new PhraseMatcher<>(pronounSuffixes);
        for (String p : BenchVocabulary.lexicon(lexicon)) {
            m.add(p, p);
        }
        return m;
    }

    @Benchmark
    public int tokenizeAndScanAll() {
        int n = 0;
        for (String page : normalized) {
            List<Token> tokens = ArabicTokenizer.tokenize(page);
            n += cues.find(page, tokens).size();
            for (PhraseMatcher<String> m : matchers) {
                n += m.find(page, tokens).size();
            }
        }
        return n;
    }
}
