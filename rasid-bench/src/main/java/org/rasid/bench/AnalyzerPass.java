package org.rasid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The yardstick of the whole-process figures: Lucene's ArabicAnalyzer (tokenise, stop words,
 * normalise, light stem) over the same JSON Lines articles that {@code rasid extract} reads,
 * parsing each line as extract does and analysing its title and text. Run as its own process
 * by {@link WholeProcessBench}; prints the documents, tokens and characters it saw.
 */
public final class AnalyzerPass {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalyzerPass() {
    }

    /** Counts of one pass: documents, tokens out of the analyzer, characters in. */
    record Counts(long docs, long tokens, long chars) {
    }

    public static void main(String[] args) throws IOException {
        Counts c = run(List.of(args).stream().map(Path::of).toList());
        System.out.printf("analyzer: %d documents, %d tokens, %d chars%n", c.docs(), c.tokens(), c.chars());
    }

    static Counts run(List<Path> files) throws IOException {
        long docs = 0;
        long tokens = 0;
        long chars = 0;
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            for (Path f : files) {
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode node = JSON.readTree(line);
                        for (String field : List.of("title", "text")) {
                            String s = node.path(field).asText("");
                            tokens += analyze(analyzer, s);
                            chars += s.length();
                        }
                        docs++;
                    }
                }
            }
        }
        return new Counts(docs, tokens, chars);
    }

    private static long analyze(Analyzer analyzer, String text) {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
