package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.store.EventQuery;
import org.rasid.store.EventStore;

/**
 * Issue 17: readers must never make a writer lose work. One {@code rasid ingest} process
 * stores 5,000 documents while, on the same data folder, {@code rasid export} processes run
 * one after another, a {@code rasid serve} process answers reads, and a second
 * {@code rasid ingest} (half of its documents also in the first one's input) starts midway.
 * Before the fix the first ingest logged SQLITE_BUSY and lost documents. Now the second ingest
 * says it waits for the first, both exit 0, and every document is stored exactly once, in the
 * tables and in the search index. A plain surefire test: CI runs it with the rest.
 */
@Tag("concurrency")
class SharedDataFolderTest {
    private static final int FIRST = 5_000;
    private static final int SECOND_OWN = 200;
    private static final int SECOND_SHARED = 200;

    @TempDir
    Path tmp;

    @Test
    void readersAndASecondWriterNeverMakeAnIngestLoseADocument() throws Exception {
        String cp = IngestCrashTest.childClasspath(tmp.resolve("cp"));
        Map<String, String> first = documents("a", 0, FIRST);
        Map<String, String> second = new LinkedHashMap<>(documents("b", FIRST, SECOND_OWN));
        // the second ingest also reads the last documents of the first one's input
        first.entrySet().stream().skip(FIRST - SECOND_SHARED).forEach(e -> second.put("dup-" + e.getKey(), e.getValue()));
        Path a = write(tmp.resolve("a.jsonl"), first);
        Path b = write(tmp.resolve("b.jsonl"), second);
        Path data = tmp.resolve("data");
        EventStore.open(data, null).close(); // serve and export open only an existing store

        Process serve = java(cp, tmp.resolve("serve.log"), "serve", "--port", "0", "--rate", "1000000",
                "--data", data.toString());
        List<Process> started = new ArrayList<>(List.of(serve));
        try {
            String url = ServeWhileIngestTest.awaitUrl(serve);
            long t0 = System.nanoTime();
            Process ingestA = java(cp, tmp.resolve("a.log"), "ingest", "--data", data.toString(), a.toString());
            started.add(ingestA);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Process ingestB = null;
            int exports = 0;
            int reads = 0;
            List<String> failures = new ArrayList<>();
            while (ingestA.isAlive()) {
                if (ingestB == null && documentsVia(http, url) > 0) {
                    ingestB = java(cp, tmp.resolve("b.log"), "ingest", "--data", data.toString(), b.toString());
                    started.add(ingestB);
                }
                Path out = tmp.resolve("export.jsonl");
                Process export = java(cp, tmp.resolve("export.log"), "export", "--format", "jsonl", "--out",
                        out.toString(), "--data", data.toString());
                started.add(export);
                while (export.isAlive()) {
                    reads += read(http, url, failures);
                    Thread.sleep(200); // paced: the point is overlap, not load on a 2-core machine
                }
                exports++;
                if (export.exitValue() != 0) {
                    failures.add("export exit " + export.exitValue() + ": " + Files.readString(tmp.resolve("export.log")));
                }
                Thread.sleep(500);
            }
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(ingestB != null, "the second ingest never started");
            assertTrue(ingestB.waitFor(300, TimeUnit.SECONDS), "second ingest did not end");
            String logA = Files.readString(tmp.resolve("a.log"));
            String logB = Files.readString(tmp.resolve("b.log"));
            System.out.printf(java.util.Locale.ROOT, "shared folder: %d exports and %d API reads during an ingest of %d"
                    + " documents (%.1f s); second ingest of %d (%d shared)%n", exports, reads, FIRST, ingestSeconds,
                    second.size(), SECOND_SHARED);
            assertEquals(0, ingestA.exitValue(), logA);
            assertEquals(0, ingestB.exitValue(), logB);
            assertFalse(logA.contains("SQLITE_BUSY") || logB.contains("SQLITE_BUSY"), logA + logB);
            assertTrue(logA.contains("documents " + FIRST + ",") && logA.contains("errors 0"), logA);
            assertTrue(logB.contains("another rasid writer holds " + data.toAbsolutePath()) && logB.contains("waiting"),
                    "the second ingest should say what it waits for: " + logB);
            assertTrue(logB.contains("documents " + SECOND_OWN + ", ") && logB.contains("duplicates " + SECOND_SHARED),
                    logB);
            assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failures");
            assertEveryDocumentStored(data, first, second);
        } finally {
            for (Process p : started) {
                p.destroyForcibly();
            }
        }
    }

    private void assertEveryDocumentStored(Path data, Map<String, String> first, Map<String, String> second)
            throws Exception {
        Set<String> expected = new HashSet<>(first.keySet());
        second.keySet().stream().filter(k -> !k.startsWith("dup-")).forEach(expected::add);
        Set<String> stored = new HashSet<>();
        long events;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(EventStore.SQLITE_FILE));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id FROM documents")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM events")) {
                events = rs.next() ? rs.getLong(1) : -1;
            }
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(stored);
        assertEquals(Set.of(), missing.size() > 10 ? Set.of(missing.size() + " missing") : missing);
        assertEquals(expected.size(), stored.size(), "every document stored once");
        System.out.printf("shared folder: %d documents expected, %d stored%n", expected.size(), stored.size());
        try (EventStore s = EventStore.openExisting(data, null)) {
            // on SQLite the index answers counts: it holds every stored event
            assertEquals(events, s.countEvents(EventQuery.fromParams(k -> null, EventQuery.MAX_LIMIT)));
        }
    }

    private static int read(HttpClient http, String url, List<String> failures) throws Exception {
        String[] paths = {"api/status", "api/events?limit=20", "api/stats",
            "api/search?q=" + URLEncoder.encode("حلب", StandardCharsets.UTF_8)};
        for (String path : paths) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                failures.add(path + " -> " + r.statusCode() + " " + r.body());
            }
        }
        return paths.length;
    }

    private static long documentsVia(HttpClient http, String url) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url + "api/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new ObjectMapper().readTree(body).get("counts").get("documents").asLong();
    }

    /**
     * The first sentence (at most 200 chars) of each seed paragraph, made unique by a report
     * number, as JSON Lines records: short, so 5,000 of them ingest in well under a minute.
     */
    private static Map<String, String> documents(String prefix, int from, int n) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path seed : IngestCrashTest.seedFiles()) {
            for (String p : Files.readString(seed, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                if (p.strip().length() > 40) {
                    String first = p.strip().split("(?<=[.،؟!])\\s", 2)[0];
                    sentences.add(first.substring(0, Math.min(200, first.length())));
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = from; i < from + n; i++) {
            out.put(prefix + i, sentences.get(i % sentences.size()) + "\n\n(تقرير رقم " + i + ")");
        }
        return out;
    }

    private static Path write(Path file, Map<String, String> docs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : docs.entrySet()) {
                w.write(json.writeValueAsString(Map.of("id", e.getKey(), "text", e.getValue())));
                w.newLine();
            }
        }
        return file;
    }

    private static Process java(String cp, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (!args[0].equals("serve")) {
            pb.redirectOutput(log.toFile());
        }
        return pb.start();
    }
}
