package org.rasid.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rasid.bench.BenchVocabulary;
import org.rasid.bench.CorpusGenerator;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;

/**
 * The text every micro-benchmark reads: the first pages of the benchmark corpus (generator seed
 * 20180702, as `rasid bench --generate` uses), built from the seed pages in -Drasid.seeds
 * (default examples/seeds, so run the jar from the project folder). With -Drasid.corpus=FILE or
 * DIR, the documents of a real corpus instead (all of them, or the first -Drasid.pages): the
 * generated pages repeat the seeds' few hundred words, where a news corpus has tens of thousands.
 */
final class BenchText {
    static final int PAGES = 200;

    private BenchText() {
    }

    static List<String> pages() {
        String corpus = System.getProperty("rasid.corpus");
        if (corpus != null) {
            return corpusPages(Path.of(corpus), Integer.getInteger("rasid.pages", Integer.MAX_VALUE));
        }
        Path dir = Path.of(System.getProperty("rasid.seeds", "examples/seeds"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("seed pages not found: " + dir.toAbsolutePath()
                    + " (run from the project folder or pass -Drasid.seeds=DIR)");
        }
        List<Document> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Document.ofText(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorpusGenerator g = new CorpusGenerator(seeds, BenchVocabulary.load(), 20180702L);
        List<String> out = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < PAGES; i++) {
            String t = g.next().document().text();
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
            out.add(t);
        }
        System.err.printf("benchmark text: %d pages, %.3f MB of UTF-8 per operation%n", PAGES, bytes / 1e6);
        return out;
    }

    private static List<String> corpusPages(Path corpus, int most) {
        List<String> out = new ArrayList<>();
        long[] bytes = {0};
        new SourceReader().read(corpus, new DocumentSink() {
            @Override
            public void document(Document d) {
                if (out.size() < most && d.text() != null) {
                    bytes[0] += d.text().getBytes(StandardCharsets.UTF_8).length;
                    out.add(d.text());
                }
            }

            @Override
            public void error(ReadError error) {
            }
        });
        System.err.printf("benchmark text: %d documents of %s, %.3f MB of UTF-8 per operation%n", out.size(), corpus,
                bytes[0] / 1e6);
        return out;
    }
}
