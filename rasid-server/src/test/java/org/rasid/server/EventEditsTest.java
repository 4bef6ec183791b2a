package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;

/** PATCH /api/events/{id} needs the token even on loopback; GET .../history shows the correction. */
class EventEditsTest {
    private static final String TOKEN = "edit-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void correctsWithTheTokenOnlyAndShowsItInTheHistory() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String body = "{\"author\":\"analyst-1\",\"reason\":\"the report says Hama\","
                + "\"fields\":{\"admin1\":\"SY-HM\",\"fatalities\":5}}";
        try (EventStore store = EventStore.open(dir, null)) {
            var seed = SeedFixtures.result004();
            store.add(seed, ContentHash.of(seed.document().text()));
            String id = seed.events().get(0).id();
            try (RasidServer open = RasidServer.start(store, Pipeline.withDefaults()::process,
                    new ServerOptions("127.0.0.1", 0, null, 1 << 20, 600))) {
                HttpResponse<String> r = http.send(patch(open, id, body, null), HttpResponse.BodyHandlers.ofString());
                assertEquals(401, r.statusCode(), r.body());
                assertTrue(r.body().contains("--token"), r.body());
            }
            try (RasidServer guarded = RasidServer.start(store, Pipeline.withDefaults()::process,
                    new ServerOptions("127.0.0.1", 0, TOKEN, 1 << 20, 600))) {
                assertEquals(401, http.send(patch(guarded, id, body, null), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
                HttpResponse<String> bad = http.send(patch(guarded, id, body.replace("SY-HM", "Hama"), TOKEN),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, bad.statusCode(), bad.body());
                assertTrue(bad.body().contains("unknown admin1"), bad.body());
                HttpResponse<String> ok = http.send(patch(guarded, id, body, TOKEN), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ok.statusCode(), ok.body());
                assertEquals("SY-HM", json.readTree(ok.body()).at("/event/admin1").asText());
                HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(guarded.url() + "api/events/" + id
                        + "/history")).header("Authorization", "Bearer " + TOKEN).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, h.statusCode(), h.body());
                JsonNode revs = json.readTree(h.body()).get("revisions");
                assertEquals("created", revs.get(0).get("kind").asText());
                assertEquals("corrected", revs.get(1).get("kind").asText());
                assertEquals("analyst-1", revs.get(1).get("author").asText());
                assertEquals("SY-HM", revs.get(1).at("/changes/admin1/to").asText());
                assertEquals(404, http.send(patch(guarded, "no-such-event", body, TOKEN),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            }
        }
    }

    /** A split over HTTP retires the id (history answers replaced_by); a join puts it back together. */
    @Test
    void splitsAndJoinsWithReplacedBy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        try (EventStore store = EventStore.open(dir, null)) {
            var seed = SeedFixtures.result004();
            store.add(seed, ContentHash.of(seed.document().text()));
            var copy = SeedFixtures.copyAs(seed, "copy1");
            store.add(copy, ContentHash.of(copy.document().text()));
            String id = seed.events().stream().filter(e -> "الزربة".equals(e.locationAr())).findFirst().orElseThrow().id();
            try (RasidServer s = RasidServer.start(store, Pipeline.withDefaults()::process,
                    new ServerOptions("127.0.0.1", 0, TOKEN, 1 << 20, 600))) {
                String who = "\"author\":\"analyst-1\",\"reason\":\"two blasts\"";
                HttpResponse<String> none = http.send(patch(s, id, "{" + who + ",\"split\":[\"nope\"]}", TOKEN),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, none.statusCode(), none.body());
                HttpResponse<String> both = http.send(patch(s, id, "{" + who + ",\"split\":[\"copy1\"],"
                        + "\"fields\":{\"fatalities\":1}}", TOKEN), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, both.statusCode(), "one kind of edit at a time: " + both.body());
                HttpResponse<String> split = http.send(patch(s, id, "{" + who + ",\"split\":[\"copy1\"]}", TOKEN),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, split.statusCode(), split.body());
                JsonNode parts = json.readTree(split.body()).get("events");
                assertEquals(2, parts.size());
                String stay = parts.get(0).get("id").asText();
                String left = parts.get(1).get("id").asText();
                JsonNode h = json.readTree(get(http, s, "api/events/" + id + "/history", 200));
                assertEquals(2, h.get("replaced_by").size());
                assertEquals("split", h.get("revisions").get(h.get("revisions").size() - 1).get("kind").asText());
                assertTrue(get(http, s, "api/events/" + id, 404).contains("replaced_by"));
                HttpResponse<String> join = http.send(patch(s, stay, "{" + who + ",\"join\":[\"" + left + "\"]}",
                        TOKEN), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, join.statusCode(), join.body());
                assertEquals(2, json.readTree(join.body()).at("/events/0/sources").size());
                assertEquals(stay, json.readTree(get(http, s, "api/events/" + left + "/history", 200))
                        .get("replaced_by").get(0).asText());
                assertEquals("null", json.readTree(get(http, s, "api/events/" + stay + "/history", 200))
                        .get("replaced_by").toString());
            }
        }
    }

    private static String get(HttpClient http, RasidServer s, String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url() + path))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        return r.body();
    }

    private static HttpRequest patch(RasidServer s, String id, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "api/events/" + id))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }
}
