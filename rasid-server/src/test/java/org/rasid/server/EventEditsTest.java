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
