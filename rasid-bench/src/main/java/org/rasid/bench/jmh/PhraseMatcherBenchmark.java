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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rasid.bench.BenchVocabulary;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

/**
 * PhraseMatcher.find over the tokenised benchmark pages with one of the project's lexicons
 * (gazetteer names, actor aliases, triggers: the data files bench-vocabulary.tsv names), or
 * "seed-bigrams" (every word pair of the seed pages: a dense lexicon that always exists).
 * A lexicon missing from this build fails its run with a message, it is never replaced.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PhraseMatcherBenchmark {
    @Param({"gazetteer", "actors", "triggers", "seed-bigrams"})
    public String lexicon;

    @Param({"true"})
    public boolean pronounSuffixes;

    PhraseMatcher<String> matcher;
    List<String> normalized;
    List<List<Token>> tokens;

    @Setup
    public void setUp() {
        List<String> pages = BenchText.pages();
        normalized = new ArrayList<>();
        tokens = new ArrayList<>();
        for (String p : pages) {
            String n = ArabicNormalizer.normalize(p).text();
            normalized.add(n);
            tokens.add(ArabicTokenizer.tokenize(n));
        }
        List<String> phrases = lexicon.equals("seed-bigrams") ? bigrams(normalized) : BenchVocabulary.lexicon(lexicon);
        matcher = new PhraseMatcher<>(pronounSuffixes);
        for (String p : phrases) {
            matcher.add(p, p);
        }
        System.err.printf("lexicon %s: %d phrases%n", lexicon, matcher.size());
    }

    private static List<String> bigrams(List<String> normalized) {
        List<String> out = new ArrayList<>();
        for (String n : normalized.subList(0, Math.min(20, normalized.size()))) {
            List<Token> t = ArabicTokenizer.tokenize(n);
            for (int i = 0; i + 1 < t.size(); i += 3) {
                out.add(t.get(i).text() + " " + t.get(i + 1).text());
            }
        }
        return out;
    }

    @Benchmark
    public int find() {
        int n = 0;
        for (int i = 0; i < normalized.size(); i++) {
            n += matcher.find(normalized.get(i), tokens.get(i)).size();
        }
        return n;
    }
}
