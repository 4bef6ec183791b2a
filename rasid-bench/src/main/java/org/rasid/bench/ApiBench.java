package org.rasid.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.rasid.pipeline.Pipeline;
import org.rasid.server.RasidServer;
import org.rasid.server.ServerOptions;
import org.rasid.store.EventStore;
import org.rasid.store.StoreCounts;

/**
 * Query latency of the events API and the search API over a store, through real HTTP on
 * loopback: p50 and p99 of sequential requests with varied filters, after a warm-up. The
 * {@code rasid bench} command calls {@link #run}; {@link #main} also fills a store with
 * synthetic stories first.
 */
public final class ApiBench {
    /** Latency of one endpoint. */
    public record Latency(String endpoint, int requests, double p50Ms, double p99Ms, double maxMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-12s %6d requests  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms",
                    endpoint, requests, p50Ms, p99Ms, maxMs);
        }
    }

    /** What was measured on what. */
    public record Report(StoreCounts counts, String store, List<Latency> latencies) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "store %s: %d documents, %d stories, %d events%n", store, counts.documents(), counts.stories(),
                    counts.events()));
            latencies.forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        }
    }

    private static final String[] ADMIN1 = {"SY-HL", "SY-ID", "SY-DR", "SY-RD", "SY-DI", "SY-HM", "SY-HI", "SY-DY"};
    private static final String[] TYPES = {"Battles", "Explosions/Remote violence", "Strategic developments",
            "Violence against civilians"};
    private static final String[] ACTORS = {"SYR_GOV", "RUS", "HTS", "ISIS", "SDF", "TUR"};
    private static final String[] WORDS = BenchVocabulary.load().words("query_word").toArray(String[]::new);

    private ApiBench() {
    }

    /**
     * Measures {@code requests} calls to each of /api/events and /api/search (and /api/stats)
     * on a server started for the purpose on a free loopback port.
     */
    public static Report run(EventStore store, int requests, long seed) throws IOException, InterruptedException {
        ServerOptions opts = new ServerOptions(ServerOptions.DEFAULT_HOST, 0, null, ServerOptions.DEFAULT_MAX_UPLOAD,
                Integer.MAX_VALUE);
        try (RasidServer server = RasidServer.start(store, Pipeline.withDefaults()::process, opts)) {
            HttpClient http = HttpClient.newHttpClient();
            SplittableRandom rnd = new SplittableRandom(seed);
            String base = server.url();
            List<Latency> out = new ArrayList<>();
            out.add(measure(http, base, "events", requests, () -> "api/events?" + eventFilters(rnd)));
            out.add(measure(http, base, "events+q", requests,
                    () -> "api/events?q=" + enc(WORDS[rnd.nextInt(WORDS.length)]) + "&limit=50"));
            out.add(measure(http, base, "search", requests,
                    () -> "api/search?q=" + enc(WORDS[rnd.nextInt(WORDS.length)])));
            out.add(measure(http, base, "stats", Math.max(1, requests / 5), () -> "api/stats?" + eventFilters(rnd)));
            return new Report(store.counts(), store.dialectName(), out);
        }
    }

    private static String eventFilters(SplittableRandom rnd) {
        List<String> p = new ArrayList<>();
        switch (rnd.nextInt(6)) {
            case 0 -> { }
            case 1 -> p.add("admin1=" + ADMIN1[rnd.nextInt(ADMIN1.length)]);
            case 2 -> p.add("type=" + enc(TYPES[rnd.nextInt(TYPES.length)]));
            case 3 -> {
                p.add("admin1=" + ADMIN1[rnd.nextInt(ADMIN1.length)]);
                p.add("type=" + enc(TYPES[rnd.nextInt(TYPES.length)]));
                int m = 1 + rnd.nextInt(11);
                p.add(String.format(Locale.ROOT, "from=2018-%02d-01&to=2018-%02d-28", m, m));
            }
            case 4 -> p.add("actor=" + ACTORS[rnd.nextInt(ACTORS.length)]);
            default -> p.add("bbox=36.0,35.5,37.5,36.5");
        }
        p.add("limit=" + (rnd.nextBoolean() ? 50 : 200));
        return String.join("&", p);
    }

    private static Latency measure(HttpClient http, String base, String name, int n,
                                   java.util.function.Supplier<String> path) throws IOException, InterruptedException {
        for (int i = 0; i < Math.min(50, n); i++) {
            call(http, base + path.get());
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            String url = base + path.get();
            long t0 = System.nanoTime();
            call(http, url);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(name, n, quantile(ms, 0.50), quantile(ms, 0.99), ms[n - 1]);
    }

    static double quantile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void call(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("bench request failed: " + r.statusCode() + " " + url + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Tops the store of {@code data} up to {@code stories} synthetic stories built from the lines
     * of {@code seedsDir}/*.txt (a fill of 100k stories takes minutes; it is kept for the next
     * run), then measures {@code requests} requests per endpoint.
     */
    public static Report topUpAndRun(Path data, int stories, int requests, Path seedsDir)
            throws IOException, InterruptedException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> s = Files.list(seedsDir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.strip().length() > 40) {
                        sentences.add(line.strip());
                    }
                }
            }
        }
        try (EventStore store = EventStore.open(data, null)) {
            long have = store.counts().stories();
            if (have < stories) {
                long t0 = System.nanoTime();
                int added = SyntheticCorpus.fill(store, (int) (stories - have), 42, sentences);
                System.err.printf(Locale.ROOT, "filled %d synthetic stories in %.1f s%n", added,
                        (System.nanoTime() - t0) / 1e9);
            }
            return run(store, requests, 7);
        }
    }

    /** {@code ApiBench DATA_DIR STORIES REQUESTS SEEDS_DIR}: see {@link #topUpAndRun}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ApiBench DATA_DIR STORIES REQUESTS SEEDS_DIR");
            System.exit(2);
        }
        System.out.print(topUpAndRun(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Path.of(args[3])));
    }
}
