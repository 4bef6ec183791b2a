package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;

/**
 * A bounded load test on loopback only: client threads send a fixed number of API reads
 * (events with filters, one event, stats, search, status) while a writer posts new documents
 * through the same API and a second one adds coded results straight to the store. Prints
 * throughput and latency percentiles; asserts only that nothing failed and that reads saw
 * the writes (no timed assertions: the figures go in the report, not in a pass/fail).
 */
class LoadWhileWritingTest {
    private static final int REQUESTS = Integer.getInteger("rasid.load.requests", 800);
    private static final int CLIENTS = 4;
    private static final Duration CAP = Duration.ofSeconds(Long.getLong("rasid.load.capSeconds", 60));

    @TempDir
    Path dir;

    @Test
    void readsKeepWorkingWhileDocumentsAreWritten() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (EventStore store = EventStore.open(dir, null)) {
            store.add(SeedFixtures.result004(), ContentHash.of(SeedFixtures.doc004().text()));
            store.add(SeedFixtures.result000(), ContentHash.of(SeedFixtures.doc000().text()));
            store.flush();
            Pipeline pipeline = Pipeline.withDefaults();
            try (RasidServer server = RasidServer.start(store, pipeline::process,
                    new ServerOptions("127.0.0.1", 0, null, 1 << 20, 10_000_000))) {
                String base = server.url();
                assertTrue(base.startsWith("http://127.0.0.1:"), "loopback only: " + base);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                List<String> ids = new ArrayList<>();
                for (Event e : SeedFixtures.result004().events()) {
                    ids.add(e.id());
                }
                List<String> paths = List.of(
                        "api/events?limit=50", "api/events?admin1=SY-HL", "api/events?type=" + enc("Battles"),
                        "api/events?actor=HTS&from=2018-01-01&to=2018-12-31", "api/events?q=" + enc("عبوة ناسفة"),
                        "api/events?bbox=" + enc("35,35,38,37"), "api/stats", "api/search?q=" + enc("اشتباكات"),
                        "api/search?q=" + enc("قصف مدفعي"), "api/status", "api/events/" + ids.get(0),
                        "api/events/" + ids.get(3));

                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicInteger posted = new AtomicInteger();
                AtomicInteger added = new AtomicInteger();
                List<String> errors = Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
                long deadline = System.nanoTime() + CAP.toNanos();
                // writer 1: new articles through the API (the pipeline runs on each)
                Future<?> poster = pool.submit(() -> {
                    String seed = SeedFixtures.text(SeedFixtures.DOC_000);
                    for (int i = 0; writing.get() && System.nanoTime() < deadline; i++) {
                        try {
                            String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                                    java.util.Map.of("id", "load-" + i, "text", seed + "\nتحديث رقم " + i));
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/documents"))
                                    .header("Content-Type", "application/json; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 201) {
                                errors.add("POST " + r.statusCode() + " " + r.body());
                                return;
                            }
                            posted.incrementAndGet();
                        } catch (Exception e) {
                            errors.add("POST " + e);
                            return;
                        }
                    }
                });
                // writer 2: coded results straight into the store (events that reads can find)
                Future<?> adder = pool.submit(() -> {
                    DocumentResult seed = SeedFixtures.result004();
                    for (int i = 0; writing.get() && System.nanoTime() < deadline; i++) {
                        try {
                            DocumentResult copy = SeedFixtures.copyAs(seed, "copy" + i);
                            store.add(copy, ContentHash.of(copy.document().text()));
                            if (i % 5 == 4) {
                                store.flush();
                            }
                            added.incrementAndGet();
                            Thread.sleep(10); // an ingest's pace, not a tight loop that starves the readers
                        } catch (InterruptedException e) {
                            return;
                        } catch (RuntimeException e) {
                            errors.add("add " + e);
                            return;
                        }
                    }
                });
                AtomicInteger next = new AtomicInteger();
                long[] latencies = new long[REQUESTS];
                AtomicInteger done = new AtomicInteger();
                long start = System.nanoTime();
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    clients.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < REQUESTS && System.nanoTime() < deadline) {
                            String path = paths.get(i % paths.size());
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                                latencies[i] = System.nanoTime() - t0;
                                if (r.statusCode() != 200) {
                                    errors.add(path + " -> " + r.statusCode() + " " + r.body());
                                } else {
                                    json.readTree(r.body()); // a whole JSON document, not a cut one
                                }
                                done.incrementAndGet();
                            } catch (Exception e) {
                                errors.add(path + " -> " + e);
                            }
                        }
                    }));
                }
                for (Future<?> f : clients) {
                    f.get(CAP.toSeconds() + 30, TimeUnit.SECONDS);
                }
                long elapsed = System.nanoTime() - start;
                writing.set(false);
                poster.get(60, TimeUnit.SECONDS);
                adder.get(60, TimeUnit.SECONDS);
                pool.shutdown();
                store.flush();

                int served = done.get();
                long[] ok = new long[served];
                int k = 0;
                for (long l : latencies) {
                    if (l > 0 && k < served) {
                        ok[k++] = l;
                    }
                }
                java.util.Arrays.sort(ok, 0, k);
                System.out.printf(Locale.ROOT, "load test (127.0.0.1, %d clients, writers running): %d requests served in %.1f s"
                                + " = %.0f req/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; meanwhile %d documents"
                                + " POSTed through the API and %d added to the store%n",
                        CLIENTS, served, elapsed / 1e9, served / (elapsed / 1e9), pct(ok, k, 0.50), pct(ok, k, 0.99),
                        k == 0 ? 0 : ok[k - 1] / 1e6, posted.get(), added.get());
                assertEquals(List.of(), errors.subList(0, Math.min(5, errors.size())), errors.size() + " errors");
                assertTrue(served > 0, "no request served within the cap");
                assertTrue(added.get() > 0 && posted.get() > 0, "the writers wrote");
                // the reads see the writes
                JsonNode status = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "api/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                assertEquals(2 + posted.get() + added.get(), status.get("counts").get("documents").asLong());
            }
        }
    }

    private static double pct(long[] sorted, int n, double p) {
        if (n == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, i))] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
