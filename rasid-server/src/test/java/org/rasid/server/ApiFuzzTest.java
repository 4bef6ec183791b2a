package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.EventStore;

/**
 * Random requests against a live server on 127.0.0.1: random query parameters on every GET
 * endpoint and random bodies, content types and ids on POST /api/documents. Every answer is
 * a known status with a JSON body (an error object for 4xx) and nothing from the server's
 * inside; a 5xx is a bug.
 */
class ApiFuzzTest {
    private static final Set<Integer> GET_OK = Set.of(200, 400, 404);
    private static final Set<Integer> POST_OK = Set.of(200, 201, 400, 413, 415, 422);
    private static Path dir;
    private static EventStore store;
    private static RasidServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("rasid-api-fuzz");
        store = EventStore.open(dir, null);
        server = RasidServer.start(store, Pipeline.withDefaults()::process,
                new ServerOptions("127.0.0.1", 0, null, 256 * 1024, 10_000_000));
    }

    @AfterContainer
    static void stop() throws Exception {
        server.close();
        store.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> value() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(20),
                Arbitraries.of("", " ", "-1", "0", "1", "99999999999", "2018-09-04", "2018-13-45", "1,2,3,4", "35,35,38,37",
                        "NaN,1,2,3", "Infinity", "SY-HL", "Battles", "cameo:04", "HTS", "' OR 1=1 --", "%", "\\", "(((",
                        "ا~9", "*", "\"", "jsonl", "csv", "geojson", "gpkg", "x".repeat(500)),
                Arbitraries.integers().between(-5, 20_000).map(String::valueOf));
    }

    @Provide
    Arbitrary<String> getPath() {
        Arbitrary<String> endpoint = Arbitraries.of("api/events", "api/stats", "api/search", "api/export", "api/status",
                "api/events/", "api/openapi.json", "api/nope", "api");
        Arbitrary<String> param = Arbitraries.of("from", "to", "admin1", "admin2", "type", "sub_type", "actor", "outlet",
                "q", "bbox", "limit", "offset", "format", "x");
        Arbitrary<String> pair = Combinators.combine(param, value()).as((k, v) -> k + "=" + enc(v));
        return Combinators.combine(endpoint, pair.list().ofMaxSize(5), value()).as((e, ps, id) ->
                (e.equals("api/events/") ? e + enc(id.isEmpty() ? "x" : id).replace("+", "%20") : e)
                        + (ps.isEmpty() ? "" : "?" + String.join("&", ps)));
    }

    @Property(tries = 300)
    void randomQueriesGetKnownJsonAnswers(@ForAll("getPath") String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(GET_OK.contains(r.statusCode()), path + " -> " + r.statusCode() + " " + r.body());
        check(r, path);
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.of("application/json", "application/json; charset=utf-8", "text/plain", "text/plain; charset=utf-8",
                "text/html", "application/octet-stream", "multipart/form-data; boundary=x", "", "application/JSON");
    }

    @Provide
    Arbitrary<byte[]> body() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(300),
                Arbitraries.of("قصف مدفعي على مدينة حلب وقتل ثلاثة مدنيين", "<script>alert(1)</script>", "\u0000", ""));
        Arbitrary<String> json = Combinators.combine(text, value(), value()).as((t, id, title) ->
                "{\"text\":" + quote(t) + ",\"id\":" + quote(id) + ",\"title\":" + quote(title) + ",\"published\":" + quote(id) + "}");
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(500),
                text.map(s -> s.getBytes(StandardCharsets.UTF_8)), json.map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 150)
    void randomPostsGetKnownJsonAnswers(@ForAll("body") byte[] body, @ForAll("contentType") String type,
                                        @ForAll("value") String id) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/documents?id=" + enc(id)))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!type.isEmpty()) {
            b.header("Content-Type", type);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(POST_OK.contains(r.statusCode()), type + " " + body.length + " bytes -> " + r.statusCode() + " " + r.body());
        check(r, "POST " + type);
    }

    private static void check(HttpResponse<String> r, String what) throws Exception {
        String ct = r.headers().firstValue("content-type").orElse("");
        for (String leak : java.util.List.of("Exception", "\tat ", "at org.", "org.eclipse.jetty", "Caused by")) {
            assertFalse(r.body().contains(leak), what + " leaks " + leak + ": " + r.body());
        }
        if (r.statusCode() >= 400) {
            assertTrue(ct.startsWith("application/json"), what + " error is not JSON: " + ct);
            JsonNode err = JSON.readTree(r.body());
            assertEquals(r.statusCode(), err.get("status").asInt(), what);
            assertFalse(err.get("error").asText().isBlank(), what);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
