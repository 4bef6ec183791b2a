package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team-server setup: {@code rasid serve} on a data folder while a separate
 * {@code rasid ingest} process writes into it. Every API read during the ingest succeeds, and
 * once the ingest ends the server shows its documents, events and search hits.
 */
class ServeWhileIngestTest {
    private static final int DOCUMENTS = 16;

    @TempDir
    Path tmp;

    @Test
    void theServerKeepsAnsweringAndSeesWhatAnotherProcessIngests() throws Exception {
        String cp = IngestCrashTest.childClasspath(tmp.resolve("cp"));
        Path corpus = IngestCrashTest.generateCorpus(tmp.resolve("corpus"), DOCUMENTS);
        Path data = tmp.resolve("data");
        // serve opens only an existing store: an empty one, as a first ingest of nothing leaves
        org.rasid.store.EventStore.open(data, null).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-Xmx512m", "-cp", cp, Main.class.getName(), "serve", "--port", "0", "--rate", "1000000",
                "--data", data.toString()).redirectErrorStream(true).start();
        try {
            String url = awaitUrl(serve);
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            ObjectMapper json = new ObjectMapper();
            Process ingest = new ProcessBuilder(java, "-Xmx512m", "-cp", cp, Main.class.getName(), "ingest", "--data",
                    data.toString(), corpus.toString()).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("ingest.log").toFile()).start();
            List<String> errors = new ArrayList<>();
            int reads = 0;
            long lastDocs = 0;
            String[] paths = {"api/status", "api/events?limit=20", "api/search?q=" + URLEncoder.encode("حلب", StandardCharsets.UTF_8),
                "api/stats"};
            while (ingest.isAlive() && reads < 5000) {
                String path = paths[reads % paths.length];
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                reads++;
                if (r.statusCode() != 200) {
                    errors.add(path + " -> " + r.statusCode() + " " + r.body());
                } else if (path.equals("api/status")) {
                    long docs = json.readTree(r.body()).get("counts").get("documents").asLong();
                    assertTrue(docs >= lastDocs, "document count went back");
                    lastDocs = docs;
                }
            }
            assertTrue(ingest.waitFor(300, TimeUnit.SECONDS), "ingest did not end");
            assertEquals(0, ingest.exitValue(), () -> IngestCrashTest.log(tmp.resolve("ingest")));
            assertEquals(List.of(), errors.subList(0, Math.min(5, errors.size())), errors.size() + " failed reads");
            // the server sees the other process's documents, events and index
            JsonNode status = null;
            JsonNode hits = null;
            for (int i = 0; i < 100; i++) {
                status = json.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "api/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                hits = json.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "api/search?q="
                        + URLEncoder.encode("تقرير", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body());
                if (status.get("counts").get("documents").asLong() == DOCUMENTS && hits.get("hits").size() > 0) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(DOCUMENTS, status.get("counts").get("documents").asLong());
            assertTrue(status.get("counts").get("events").asLong() > 0, "events visible: " + status);
            assertTrue(hits.get("hits").size() > 0, "search sees the ingested stories: " + hits);
            System.out.printf("serve while ingest: %d API reads answered during a %d-document ingest by another process,"
                    + " 0 errors; %s%n", reads, DOCUMENTS, status.get("counts"));
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    static String awaitUrl(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        Pattern p = Pattern.compile("open (http://\\S+/)");
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = p.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty so the server never blocks on its log
                        }
                    } catch (java.io.IOException ignored) {
                        // the server ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("rasid serve did not start: " + seen);
    }
}
