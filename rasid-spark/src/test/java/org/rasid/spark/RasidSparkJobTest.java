package org.rasid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.dedup.DuplicateIndex;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.rasid.model.Event;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;
import org.rasid.pipeline.DocumentResult;
import org.rasid.merge.EventMerger;
import org.rasid.merge.RepeatedTexts;
import org.rasid.pipeline.Pipeline;

/** The Spark job in local mode on the sample corpus gives the single-machine Pipeline's events. */
class RasidSparkJobTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("rasid-test")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/seeds not found");
        }
        return p.resolve("examples/seeds");
    }

    /**
     * The single machine as `rasid extract --merge` runs it: every document of {@code input}
     * through one Pipeline's reports (run-wide duplicate indexes for the duplicate records, the
     * document's own repeats for its events), a text read before bringing none, then one
     * EventMerger pass over all of them in arrival order.
     */
    static Map<String, Integer> singleMachine(Path input, List<String> extractedOut, List<String> eventsOut) {
        Pipeline pipeline = Pipeline.withDefaults();
        DuplicateIndex paragraphs = new DuplicateIndex();
        DuplicateIndex storyIndex = new DuplicateIndex();
        Map<String, Integer> stories = new TreeMap<>();
        List<Event> all = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        new SourceReader().read(input, new DocumentSink() {
            @Override
            public void document(Document d) {
                docs.add(d);
            }

            @Override
            public void error(ReadError e) {
                throw new AssertionError("input unreadable: " + e);
            }
        });
        RepeatedTexts texts = new RepeatedTexts();
        for (Document d : docs) {
            DocumentResult r = pipeline.reports(d, paragraphs, storyIndex);
            stories.put(d.id(), r.stories().size());
            if (!texts.repeated(d.text())) {
                all.addAll(r.events());
            }
            r.events().forEach(e -> extractedOut.add(EventCodec.toJson(e)));
        }
        for (Event e : new EventMerger().merge(all)) {
            eventsOut.add(EventCodec.toJson(e));
        }
        return stories;
    }

    static List<String> lines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                out.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void sparkEventsOnTheSeedsEqualTheSingleMachineEvents(@TempDir Path out) throws IOException {
        RasidSparkJob.Summary s = RasidSparkJob.run(spark, new RasidSparkJob.Options(
                List.of(seeds().toUri().toString()), out.toUri().toString(), 3, true));

        List<String> expectedExtracted = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Map<String, Integer> expectedStories = singleMachine(seeds(), expectedExtracted, expected);
        assertEquals(5, s.documents());
        assertEquals(0, s.failed());

        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> sparkStories = new TreeMap<>();
        for (String line : lines(out.resolve("documents.jsonl"))) {
            JsonNode n = json.readTree(line);
            sparkStories.put(n.get("doc").asText(), n.get("stories").asInt());
        }
        assertEquals(expectedStories, sparkStories, "stories per document");

        assertEquals(sorted(json, expectedExtracted), sorted(json, lines(out.resolve("extracted-events.jsonl"))),
                "each document's events, as the single machine extracts them");
        assertTrue(expectedExtracted.size() >= 10, "the seeds yield events: " + expectedExtracted.size());

        List<JsonNode> sparkEvents = new ArrayList<>();
        for (String line : lines(out.resolve("events.jsonl"))) {
            sparkEvents.add(json.readTree(line));
        }
        List<JsonNode> singleEvents = new ArrayList<>();
        for (String line : expected) {
            singleEvents.add(json.readTree(line));
        }
        sparkEvents.sort((a, b) -> a.toString().compareTo(b.toString()));
        singleEvents.sort((a, b) -> a.toString().compareTo(b.toString()));
        assertEquals(singleEvents, sparkEvents, "merged events");
        assertEquals(singleEvents.size(), s.eventsMerged());
        if (!singleEvents.isEmpty()) {
            assertEquals(singleEvents.size(), spark.read().parquet(out.resolve("events.parquet").toUri().toString()).count());
        }
    }

    /**
     * Issue 15's agreement on a real corpus: the Spark job gives the events `extract --merge`
     * gives (StoreMergeCorpusTest ties those to the store's), whatever the partitioning. The
     * ANT corpus (2,137 articles) takes minutes: run it with -Drasid.corpus=ant.
     */
    @Test
    void sparkAgreesWithExtractMergeOnARealCorpus(@TempDir Path out) throws IOException {
        Path shared = seeds().getParent().getParent().getParent().resolve("shared/corpus/external");
        Path corpus = shared.resolve("ant".equals(System.getProperty("rasid.corpus"))
                ? "ant-2018-syria/articles.jsonl" : "saudinewsnet-syria-2015/articles.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "corpus absent: " + corpus);
        RasidSparkJob.Summary s = RasidSparkJob.run(spark, new RasidSparkJob.Options(
                List.of(corpus.toUri().toString()), out.toUri().toString(), 3));
        List<String> expected = new ArrayList<>();
        singleMachine(corpus, new ArrayList<>(), expected);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> sparkEvents = sorted(json, lines(out.resolve("events.jsonl")));
        List<JsonNode> singleEvents = sorted(json, expected);
        long multi = singleEvents.stream().filter(e -> e.path("sources").size() > 1).count();
        System.out.printf("%s: extract --merge %d events (%d multi-source), Spark %d (%d)%n", corpus.getFileName(),
                singleEvents.size(), multi, sparkEvents.size(),
                sparkEvents.stream().filter(e -> e.path("sources").size() > 1).count());
        assertTrue(multi > 100, "the corpus's outlets report the same events: " + multi);
        assertEquals(singleEvents.size(), sparkEvents.size());
        assertEquals(singleEvents, sparkEvents);
        assertEquals(singleEvents.size(), s.eventsMerged());
    }

    static List<JsonNode> sorted(ObjectMapper json, List<String> lines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : lines) {
            out.add(json.readTree(l));
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    @Test
    void readsCompressedWarcLikeTheSingleMachine(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("crawl");
        Files.createDirectories(in);
        Path warc = in.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP);
             Stream<Path> s = Files.list(seeds())) {
            int i = 0;
            for (Path f : s.sorted().toList()) {
                URI uri = URI.create("https://example.org/ar/news/" + i++);
                if (i % 2 == 0) {
                    w.write(new WarcResource.Builder(uri).body(MediaType.parse("text/plain; charset=utf-8"),
                            Files.readAllBytes(f)).build());
                } else {
                    String html = "<html><body><article><p>" + Files.readString(f).replace("\n", "</p><p>")
                            + "</p></article></body></html>";
                    HttpResponse http = new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
                    w.write(new WarcResponse.Builder(uri).body(MediaType.HTTP_RESPONSE, http).build());
                }
            }
        }
        Path out = tmp.resolve("out");
        RasidSparkJob.Summary summary = RasidSparkJob.run(spark, new RasidSparkJob.Options(
                List.of(in.toUri().toString()), out.toUri().toString(), 2, true));

        Pipeline pipeline = Pipeline.withDefaults();
        List<String> expected = new ArrayList<>();
        Map<String, Integer> expectedStories = new TreeMap<>();
        new SourceReader().read(warc, new DocumentSink() {
            @Override
            public void document(Document d) {
                DocumentResult r = pipeline.process(d);
                expectedStories.put(d.id(), r.stories().size());
                r.events().forEach(e -> expected.add(EventCodec.toJson(e)));
            }

            @Override
            public void error(ReadError e) {
                throw new AssertionError("unreadable: " + e);
            }
        });
        assertEquals(5, summary.documents());
        assertEquals(0, summary.failed());
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> sparkStories = new TreeMap<>();
        for (String line : lines(out.resolve("documents.jsonl"))) {
            JsonNode n = json.readTree(line);
            sparkStories.put(n.get("doc").asText(), n.get("stories").asInt());
        }
        assertEquals(expectedStories, sparkStories);
        assertTrue(expected.size() >= 10, "events from the WARC: " + expected.size());
        assertEquals(sorted(json, expected), sorted(json, lines(out.resolve("extracted-events.jsonl"))));
    }

    @Test
    void readsJsonLinesAndRecordsBadLinesWithoutStopping(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds())) {
            for (Path f : s.sorted().toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                lines.add(json.writeValueAsString(Map.of("id", id, "text", Files.readString(f), "outlet", "test")));
            }
        }
        lines.add("{not json");
        Files.write(in.resolve("news.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        RasidSparkJob.Summary s = RasidSparkJob.run(spark, new RasidSparkJob.Options(
                List.of(in.toUri().toString()), out.toUri().toString(), 2));
        assertEquals(6, s.documents());
        assertEquals(1, s.failed());
        List<String> docs = lines(out.resolve("documents.jsonl"));
        assertTrue(docs.stream().anyMatch(l -> l.contains("not a JSON object")), String.join("\n", docs));
        assertTrue(docs.stream().anyMatch(l -> l.contains("\"doc\":\"004_7ac2fd58674b5272\"")), String.join("\n", docs));
        assertTrue(s.stories() >= 5);
    }
}
