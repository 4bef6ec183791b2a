package org.rasid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;

/**
 * The pipeline's stages as the benchmark times them, each called through the public API of
 * the class that does the work, in the order the Pipeline runs them. A stage this build does
 * not have yet is reported as missing, never faked.
 */
final class BenchStages {
    /** One document's state as it moves through the timed stages. */
    static final class Item {
        Document doc;
        NormalizedText normalized;
        List<Story> stories;
        DocumentResult result;
    }

    /** A per-document stage. */
    interface Stage {
        String name();

        void apply(Item item);
    }

    /** Every stage name, in pipeline order; read is timed by the reader loop itself. */
    static final List<String> ALL = List.of("read", "clean", "segment", "dedup", "mentions", "events", "merge", "store");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pipeline pipeline;
    private final List<Stage> stages = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    BenchStages(Pipeline pipeline, List<String> wanted) {
        this.pipeline = pipeline;
        for (String name : wanted) {
            switch (name) {
                case "read" -> {
                }
                case "clean" -> stages.add(stage("clean", it -> it.normalized = ArabicNormalizer.normalize(it.doc.text())));
                case "segment" -> stages.add(stage("segment", it -> it.stories = pipeline.process(it.doc).stories()));
                case "dedup", "mentions", "events", "merge", "store" -> missing.add(name);
                default -> throw new IllegalArgumentException("unknown stage " + name + "; stages are " + ALL);
            }
        }
    }

    List<Stage> stages() {
        return stages;
    }

    /** Stages asked for that this build cannot time yet. */
    List<String> missing() {
        return missing;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Reads the documents of one file, handing each to {@code sink}; returns the nanoseconds
     * spent reading and parsing (not in {@code sink}).
     */
    static long read(Path file, Consumer<Document> sink) throws IOException {
        String name = file.getFileName().toString();
        long spent = 0;
        if (name.endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lineNo = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    String line = r.readLine();
                    if (line == null) {
                        spent += System.nanoTime() - t0;
                        break;
                    }
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Document d = jsonlDocument(file, lineNo, line);
                    spent += System.nanoTime() - t0;
                    sink.accept(d);
                }
            }
            return spent;
        }
        long t0 = System.nanoTime();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int dot = name.indexOf('.');
        Document d = new Document(dot > 0 ? name.substring(0, dot) : name, file.toString(), text, null, null, null, null, "UTF-8");
        spent += System.nanoTime() - t0;
        sink.accept(d);
        return spent;
    }

    private static Document jsonlDocument(Path file, int lineNo, String line) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new IOException(file + ":" + lineNo + ": not a JSON object: " + e.getMessage(), e);
        }
        return new Document(text(n, "id"), file + ":" + lineNo, text(n, "text"), text(n, "title"), text(n, "url"),
                text(n, "outlet"), text(n, "published"), "UTF-8");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Stage stage(String name, Consumer<Item> body) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(Item item) {
                body.accept(item);
            }
        };
    }
}
