package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;
import org.rasid.store.StoreCounts;

/**
 * What an attacker or a broken client sends: injection strings in every filter, malformed and
 * oversized bodies (with and without a length), deep JSON, invalid UTF-8, raw protocol junk,
 * path traversal, hostile search syntax. Every answer is a JSON error with a status and no
 * internals, and the store is unchanged.
 */
class HostileRequestTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static RasidServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final long MAX_UPLOAD = 64 * 1024;

    @BeforeAll
    static void start() throws Exception {
        store = EventStore.open(dir, null);
        store.add(SeedFixtures.result004(), ContentHash.of(SeedFixtures.doc004().text()));
        store.add(SeedFixtures.result000(), ContentHash.of(SeedFixtures.doc000().text()));
        store.flush();
        server = RasidServer.start(store, Pipeline.withDefaults()::process,
                new ServerOptions("127.0.0.1", 0, null, MAX_UPLOAD, 1_000_000));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(HttpRequest.BodyPublisher body, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/documents"))
                .header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON error object with this status and a message, and nothing from the inside of the server. */
    static void assertJsonError(HttpResponse<String> r, int status, String what) throws Exception {
        assertEquals(status, r.statusCode(), what + " -> " + r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), what);
        JsonNode err = JSON.readTree(r.body());
        assertEquals(status, err.get("status").asInt(), what);
        assertFalse(err.get("error").asText().isBlank(), what);
        assertNoInternals(r.body(), what);
    }

    static void assertNoInternals(String body, String what) {
        for (String leak : List.of("Exception", "\tat ", "at org.", "at java.", "at io.javalin", "org.eclipse.jetty",
                "SQLITE_", "java.", "Caused by")) {
            assertFalse(body.contains(leak), what + " leaks '" + leak + "': " + body);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void injectionStringsInEveryFilterAreHarmless() throws Exception {
        StoreCounts before = store.counts();
        List<String> injections = List.of("' OR '1'='1", "x'; DROP TABLE events; --", "%", "_", "\\",
                "') UNION SELECT body FROM events --", "SY-HL' OR admin1 LIKE '%", "|HTS|%", "1 OR 1=1");
        for (String bad : injections) {
            for (String p : List.of("admin1", "type", "sub_type")) { // closed vocabularies: a 400 naming them
                assertJsonError(get("/api/events?" + p + "=" + enc(bad)), 400, p + "=" + bad);
                assertJsonError(get("/api/stats?" + p + "=" + enc(bad)), 400, "stats " + p + "=" + bad);
            }
            for (String p : List.of("admin2", "actor", "outlet")) {
                HttpResponse<String> r = get("/api/events?" + p + "=" + enc(bad));
                assertEquals(200, r.statusCode(), p + "=" + bad + " -> " + r.body());
                assertEquals(0, JSON.readTree(r.body()).get("total").asLong(), p + "=" + bad + " matched events");
                HttpResponse<String> s = get("/api/stats?" + p + "=" + enc(bad));
                assertEquals(200, s.statusCode());
                assertEquals(0, JSON.readTree(s.body()).get("total").asLong(), "stats " + p + "=" + bad);
            }
            assertJsonError(get("/api/events/" + enc(bad).replace("+", "%20")), 404, "event id " + bad);
            HttpResponse<String> q = get("/api/events?q=" + enc(bad));
            assertTrue(q.statusCode() == 200 || q.statusCode() == 400, q.body());
            assertNoInternals(q.body(), "q=" + bad);
        }
        assertJsonError(get("/api/events?actor=" + enc("HTS\u0000' OR 1=1")), 400, "NUL in a filter");
        assertEquals(before, store.counts(), "the store changed");
        assertEquals(2, JSON.readTree(get("/api/events?actor=HTS").body()).get("total").asLong(), "filters still work");
    }

    /** Issue 17: unknown filter values (admin1=Idlib, type=battles) gave 0 results instead of a 400. */
    @Test
    void unknownClosedFilterValuesGet400WithTheAllowedValues() throws Exception {
        for (String path : List.of("/api/events?admin1=Idlib", "/api/stats?type=battles", "/api/export?type=battles",
                "/api/events?sub_type=airstrike")) {
            HttpResponse<String> r = get(path);
            assertJsonError(r, 400, path);
            assertTrue(r.body().contains("one of"), path + " -> " + r.body());
        }
        assertEquals(200, get("/api/events?admin1=SY-ID&type=Battles").statusCode());
    }

    /** Issue 17, item 11: ~300 fuzzy terms gave 500 (TooManyClauses) on events, stats and export. */
    @Test
    void tooManyFuzzyTermsGet400OnEveryPathThatSearches() throws Exception {
        // distinct short words of the stored articles: each fuzzy term expands to its neighbours in the index
        List<String> words = java.util.Arrays.stream((SeedFixtures.doc004().text() + " " + SeedFixtures.doc000().text())
                .split("[^\\p{IsArabic}]+")).filter(w -> w.length() >= 3 && w.length() <= 4).distinct().limit(300).toList();
        String q = words.stream().map(w -> w + "~").collect(java.util.stream.Collectors.joining(" "));
        assertTrue(words.size() >= 250 && q.length() < 2000, words.size() + " words, " + q.length() + " chars");
        for (String path : List.of("/api/search", "/api/events", "/api/stats", "/api/export")) {
            HttpResponse<String> r = get(path + "?q=" + enc(q));
            assertJsonError(r, 400, path + " with 300 fuzzy terms");
            assertTrue(r.body().contains("too many terms"), path + " -> " + r.body());
        }
    }

    @Test
    void hostileSearchSyntaxGetsJsonErrors() throws Exception {
        for (String q : List.of("(".repeat(40) + "حلب", "x".repeat(2500))) {
            assertJsonError(get("/api/search?q=" + enc(q)), 400, "search " + q.substring(0, 10));
            assertJsonError(get("/api/events?q=" + enc(q)), 400, "events q " + q.substring(0, 10));
        }
        // Beyond Jetty's URI limit the answer is Jetty's own 414, still without internals
        HttpResponse<String> tooLong = get("/api/search?q=" + enc("(".repeat(5000)));
        assertEquals(414, tooLong.statusCode());
        assertNoInternals(tooLong.body(), "414");
        for (String q : List.of("\"", "*", "~", "ا~9", "+-|", "\u200F", "ال*")) {
            HttpResponse<String> r = get("/api/search?q=" + enc(q));
            assertEquals(200, r.statusCode(), q + " -> " + r.body());
        }
    }

    @Test
    void oversizedBodiesGet413JsonWithOrWithoutALength() throws Exception {
        byte[] big = "ا".repeat((int) MAX_UPLOAD).getBytes(StandardCharsets.UTF_8);
        assertJsonError(post(HttpRequest.BodyPublishers.ofByteArray(big), "application/json"), 413,
                "body with Content-Length");
        // chunked: no Content-Length, the limit must hold while reading
        assertJsonError(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)),
                "application/json"), 413, "chunked body");
        String json = "{\"text\":\"" + "قصف ".repeat((int) MAX_UPLOAD / 4) + "\"}";
        assertJsonError(post(HttpRequest.BodyPublishers.ofString(json), "application/json"), 413, "big JSON");
        assertEquals(2, store.counts().documents());
    }

    @Test
    void malformedBodiesGet400JsonWithoutStackTraces() throws Exception {
        List<String> bodies = List.of("{", "}", "[]", "null", "\"text\"", "{\"text\": 5}", "{\"text\": [\"a\"]}",
                "{\"text\": {\"$gt\": \"\"}}", "{\"text\": \"\"}", "{\"text\": \"   \"}", "{\"text\": \"نص\", \"id\": 7}",
                "{\"text\": \"نص\", \"id\": \"<script>\"}", "{\"text\": \"نص\", \"id\": \"a/../../b\"}",
                "{\"text\": \"نص\", \"published\": [1]}", "[".repeat(3000) + "]".repeat(3000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"text\": 1e99999999}", "{\"text\": \"\\ud800\"}x");
        for (String b : bodies) {
            HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofString(b), "application/json");
            assertJsonError(r, 400, "body " + b.substring(0, Math.min(30, b.length())));
        }
        byte[] badUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'x'};
        // a plain-text body needs the token (a page on another site could send one): refused before reading
        assertJsonError(post(HttpRequest.BodyPublishers.ofByteArray(badUtf8), "text/plain"), 415, "text without token");
        assertJsonError(post(HttpRequest.BodyPublishers.ofByteArray(badUtf8), "application/json"), 400,
                "invalid UTF-8 JSON");
        assertEquals(2, store.counts().documents(), "nothing was stored");
    }

    @Test
    void pathTraversalAndProtocolJunkLeakNothing() throws Exception {
        for (String p : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                "/rasid/openapi.json/../../../../etc/passwd", "/webjars/../../../etc/passwd", "/%00", "/%c0%ae%c0%ae/")) {
            String raw = rawRequest("GET " + p + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertFalse(raw.contains("root:x:0:0"), p + " served /etc/passwd");
            assertNoInternals(raw, p);
        }
        for (String junk : List.of("GARBAGE\r\n\r\n", "GET /api/events?x=%zz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
                "GET /api/events HTTP/1.1\r\nHost: a\r\nX: " + "a".repeat(100_000) + "\r\nConnection: close\r\n\r\n",
                "POST /api/documents HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\nConnection: close\r\n\r\n",
                "POST /api/documents HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\nConnection: close\r\n\r\n",
                "POST /api/documents HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n"
                        + "Connection: close\r\n\r\nFFFFFFFFFFFF\r\nabc\r\n")) {
            String raw = rawRequest(junk);
            assertNoInternals(raw, junk.substring(0, Math.min(20, junk.length())));
        }
        assertEquals(200, get("/api/status").statusCode(), "the server still answers");
    }

    @Test
    void offLoopbackTheTokenIsRequired() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("0.0.0.0", 0, null, MAX_UPLOAD, 100));
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("::", 0, "", MAX_UPLOAD, 100));
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("0.0.0.0", 0, "short", MAX_UPLOAD, 100));
        Optional<InetAddress> lan = siteAddress();
        String host = lan.map(InetAddress::getHostAddress).orElse("0.0.0.0");
        if (lan.isPresent()) {
            assertThrows(IllegalArgumentException.class, () -> new ServerOptions(host, 0, null, MAX_UPLOAD, 100),
                    "binding to " + host + " without a token");
        }
        String token = "a-long-enough-token-" + System.nanoTime();
        try (RasidServer open = RasidServer.start(store, Pipeline.withDefaults()::process,
                new ServerOptions(host, 0, token, MAX_UPLOAD, 1000))) {
            // reach it the way another machine would when we have a LAN address, else through loopback
            String base = "http://" + (lan.isPresent() ? host : "127.0.0.1") + ":" + open.port() + "/";
            for (String path : List.of("api/events", "api/status", "api/search?q=x", "api/export", "api/events/x",
                    "api/openapi.json", "api")) {
                HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertJsonError(none, 401, "no token " + path);
                HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token + "x").build(), HttpResponse.BodyHandlers.ofString());
                assertJsonError(wrong, 401, "wrong token " + path);
            }
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/documents"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("قصف على حلب"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertJsonError(posted, 401, "POST without token");
            HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/events"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
        }
        assertEquals(2, store.counts().documents());
    }

    private static Optional<InetAddress> siteAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private static String rawRequest(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (java.io.IOException e) {
                return ""; // the server closed on us: fine
            }
            InputStream in = s.getInputStream();
            try {
                return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return "";
            }
        }
    }
}
