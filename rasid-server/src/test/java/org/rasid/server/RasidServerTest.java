package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.confidence.ConfidenceModel;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;

class RasidServerTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static RasidServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    static DocumentResult pipeline(Document d) {
        return Pipeline.withDefaults().process(d);
    }

    @BeforeAll
    static void start() throws Exception {
        store = EventStore.open(dir, null);
        store.add(SeedFixtures.result004(), ContentHash.of(SeedFixtures.doc004().text()));
        store.add(SeedFixtures.result000(), ContentHash.of(SeedFixtures.doc000().text()));
        store.flush();
        server = RasidServer.start(store, RasidServerTest::pipeline,
                new ServerOptions("127.0.0.1", 0, null, 64 * 1024, 100_000));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        return json.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsAndFiltersEvents() throws Exception {
        assertEquals(8, getJson("/api/events").get("total").asInt());
        JsonNode aleppo = getJson("/api/events?admin1=SY-HL");
        assertEquals(3, aleppo.get("total").asInt());
        for (JsonNode e : aleppo.get("events")) {
            assertEquals("SY-HL", e.get("admin1").asText());
        }
        assertEquals(2, getJson("/api/events?type=Battles").get("total").asInt());
        assertEquals(2, getJson("/api/events?sub_type=" + enc("Remote explosive/landmine/IED")).get("total").asInt());
        assertEquals(2, getJson("/api/events?actor=ISIS").get("total").asInt());
        assertEquals(1, getJson("/api/events?outlet=" + enc("بلدي نيوز")).get("total").asInt());
        assertEquals(5, getJson("/api/events?from=2018-09-04&to=2018-09-04").get("total").asInt());
        assertEquals(2, getJson("/api/events?bbox=36.5,35.8,36.8,36.0").get("total").asInt());
        assertEquals(2, getJson("/api/events?q=" + enc("عبوة ناسفة")).get("total").asInt());
        assertEquals(1, getJson("/api/events?admin1=SY-HL&admin2=Afrin").get("total").asInt());
        assertEquals(8, getJson("/api/events?min_confidence=0.8").get("total").asInt());
        assertEquals(0, getJson("/api/events?min_confidence=0.95").get("total").asInt());
        assertEquals(0, getJson("/api/stats?min_confidence=0.95").get("total").asInt());
        assertEquals(400, get("/api/events?min_confidence=2").statusCode());
        JsonNode page = getJson("/api/events?limit=3&offset=3");
        assertEquals(3, page.get("events").size());
        assertEquals(8, page.get("total").asInt());
    }

    @Test
    void statusTellsTheViewItsStartingThresholdAndTheApiKeepsEveryEvent() throws Exception {
        // the UI starts its view at the calibrated threshold; the API and the store filter only when asked
        double t = getJson("/api/status").get("min_confidence_default").asDouble();
        assertEquals(ConfidenceModel.standard().threshold(), t);
        assertTrue(t > 0 && t < 1, "confidence.tsv should carry a threshold: " + t);
        assertEquals(getJson("/api/events?min_confidence=0").get("total").asInt(),
                getJson("/api/events").get("total").asInt());
    }

    @Test
    void oneEventCarriesItsEvidenceOriginalTextAndSources() throws Exception {
        String id = getJson("/api/events?actor=YPG").get("events").get(0).get("id").asText();
        JsonNode r = getJson("/api/events/" + id);
        JsonNode e = r.get("event");
        assertEquals("Battles", e.get("acled_type").asText());
        String text = r.get("text").asText();
        int base = r.get("text_start").asInt();
        for (JsonNode p : e.get("evidence").get("spans")) {
            assertEquals(p.get("text").asText(), text.substring(p.get("start").asInt() - base, p.get("end").asInt() - base));
        }
        assertEquals(1, r.get("sources").size());
        assertEquals("شبكة شام", r.get("sources").get(0).get("outlet").asText());
        assertEquals(SeedFixtures.DOC_004, r.get("document").get("id").asText());
    }

    @Test
    void countsByDayTypeAndGovernorate() throws Exception {
        JsonNode s = getJson("/api/stats");
        assertEquals(8, s.get("total").asInt());
        assertEquals(3, s.get("by_admin1").get("SY-HL").asInt());
        assertEquals(2, s.get("by_type").get("Battles").asInt());
        assertEquals(2, s.get("by_day").get("2018-09-03").asInt());
        assertEquals(1, getJson("/api/stats?admin1=SY-DY").get("total").asInt());
        // fatalities beside the counts: 2 children in al-Zarba and 5 fighters near Trinda, both in Aleppo
        assertEquals(7, s.get("fatalities").asInt());
        assertEquals(7, s.get("fatalities_by_admin1").get("SY-HL").asInt());
        assertEquals(0, getJson("/api/stats?admin1=SY-ID").get("fatalities").asInt());
    }

    @Test
    void facetsGiveThePickListsWithCountsAndActorNames() throws Exception {
        JsonNode f = getJson("/api/facets");
        assertEquals(8, f.get("total").asInt());
        assertEquals(7, f.get("by_outlet").get("شبكة شام").asInt());
        assertEquals(2, f.get("by_actor").get("HTS").asInt());
        assertEquals("هيئة تحرير الشام", f.get("actors").get("HTS").get("ar").asText());
        assertEquals(2, f.get("by_sub_type").get("Armed clash").asInt());
        JsonNode sdf = getJson("/api/facets?actor=" + enc("قسد"));
        assertEquals(1, sdf.get("total").asInt(), "the actor filter takes names here too");
        assertEquals(1, sdf.get("by_sub_type").get("Armed clash").asInt());
        assertEquals(1, getJson("/api/facets?limit=1").get("by_actor").size());
        assertEquals(400, get("/api/facets?limit=5000").statusCode());
    }

    @Test
    void searchesStories() throws Exception {
        JsonNode r = getJson("/api/search?q=" + enc("قصف مدفعي"));
        JsonNode hit = null;
        for (JsonNode h : r.get("hits")) {
            hit = h.get("doc").asText().equals(SeedFixtures.DOC_004) ? h : hit;
        }
        assertTrue(hit != null, "seed 004 reports artillery shelling: " + r);
        JsonNode h = hit.get("highlights").get(0);
        assertTrue(hit.get("snippet").asText().substring(h.get(0).asInt(), h.get(1).asInt()).contains("قصف"));
    }

    @Test
    void describesItselfInOpenApi() throws Exception {
        JsonNode api = getJson("/api/openapi.json");
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String p : List.of("/api/events", "/api/events/{id}", "/api/stats", "/api/facets", "/api/search",
                "/api/documents", "/api/export")) {
            assertTrue(api.get("paths").has(p), p);
        }
    }

    @Test
    void malformedRequestsGetJsonErrorsWithoutInternals() throws Exception {
        for (String bad : List.of("/api/events?from=yesterday", "/api/events?bbox=1,2", "/api/events?limit=-1",
                "/api/events?limit=abc", "/api/search", "/api/search?q=x&limit=0", "/api/export?format=shapefile")) {
            HttpResponse<String> r = get(bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            JsonNode err = json.readTree(r.body());
            assertEquals(400, err.get("status").asInt());
            assertFalse(err.get("error").asText().isBlank());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
        HttpResponse<String> missing = get("/api/events/no-such-id");
        assertEquals(404, missing.statusCode());
        assertEquals(404, json.readTree(missing.body()).get("status").asInt());
        assertEquals(404, json.readTree(get("/api/nothing-here").body()).get("status").asInt());
        // a URI Jetty itself rejects before any route: still JSON, no internals
        try (var sock = new java.net.Socket("127.0.0.1", server.port())) {
            sock.getOutputStream().write("GET /api/x%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(sock.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
            assertTrue(raw.contains("{\"error\":\"bad request\",\"status\":400}"), raw);
            assertFalse(raw.contains("Exception") || raw.contains("<html"), raw);
        }
        HttpResponse<String> notJson = post("{not json", "application/json");
        assertEquals(400, notJson.statusCode());
        assertFalse(notJson.body().contains("Exception"));
        assertEquals(400, post("{\"title\": \"no text\"}", "application/json").statusCode());
        assertEquals(400, post("{\"text\": 5}", "application/json").statusCode());
        assertEquals(400, post("{\"id\": \"../etc/passwd\", \"text\": \"نص\"}", "application/json").statusCode());
        assertEquals(413, post("{\"text\":\"" + "ا".repeat(40_000) + "\"}", "application/json").statusCode());
    }

    static HttpResponse<String> post(String body, String type) throws Exception {
        return post(server, body, type);
    }

    static HttpResponse<String> post(RasidServer srv, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(srv.url() + "api/documents"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postedDocumentsAreStoredOnceAndSearchable(@TempDir Path own) throws Exception {
        try (EventStore s = EventStore.open(own, null);
             RasidServer srv = RasidServer.start(s, RasidServerTest::pipeline, ServerOptions.local(0))) {
            String text = SeedFixtures.text("003_0168099232d9e71c");
            String body = json.writeValueAsString(java.util.Map.of("id", "posted-003", "text", text, "outlet", "سمارت"));
            HttpResponse<String> first = post(srv, body, "application/json");
            assertEquals(201, first.statusCode(), first.body());
            assertEquals("STORED", json.readTree(first.body()).get("status").asText());
            HttpResponse<String> again = post(srv, json.writeValueAsString(java.util.Map.of("text", text)),
                    "application/json");
            assertEquals(200, again.statusCode(), again.body());
            assertEquals("DUPLICATE", json.readTree(again.body()).get("status").asText());
            assertEquals("posted-003", json.readTree(again.body()).get("doc").asText());
            assertEquals(1, s.counts().documents());
            String word = "كورونا";
            assertTrue(text.contains(word));
            HttpResponse<String> hits = http.send(HttpRequest.newBuilder(URI.create(srv.url() + "api/search?q=" + enc(word)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("posted-003", json.readTree(hits.body()).get("hits").get(0).get("doc").asText(),
                    "posted document is searchable at once");
        }
    }

    @Test
    void exportsThroughTheApi() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=acled-csv&admin1=SY-HL");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("event_id_cnty,event_date,year,time_precision,disorder_type"));
        assertEquals(3, lines.length, "Aleppo's two dated events; the undated shelling has no ACLED row");
        assertEquals("1", csv.headers().firstValue("X-Rasid-Left-Out").orElse(null));
        JsonNode geo = json.readTree(get("/api/export?format=geojson").body());
        assertEquals(8, geo.get("features").size());
        HttpResponse<byte[]> gpkg = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/export?format=gpkg"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gpkg.statusCode());
        Path f = dir.resolve("api.gpkg");
        Files.write(f, gpkg.body());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + f);
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM events")) {
            rs.next();
            assertEquals(8, rs.getInt(1));
        }
    }

    @Test
    void servesTheUiWithSecurityHeaders() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("dir=\"rtl\""));
        assertTrue(index.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", index.headers().firstValue("x-content-type-options").orElse(""));
        assertFalse(index.headers().firstValue("server").orElse("").contains("Jetty"));
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
        assertEquals(200, get("/data/countries.geojson").statusCode());
        assertEquals(200, get("/fonts/noto-sans-arabic-arabic-400-normal.woff2").statusCode());
        assertEquals(200, get("/app.js").statusCode());
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutAToken() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ServerOptions("0.0.0.0", 0, null, 1 << 20, 60));
        assertTrue(e.getMessage().contains("token"));
        new ServerOptions("0.0.0.0", 0, "a-long-enough-token-123", 1 << 20, 60);
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("0.0.0.0", 0, "short", 1 << 20, 60));
    }
}
