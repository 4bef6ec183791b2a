package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;

/** GET /api/episodes over the seeds of Kafriya and Daraa al-Balad, read by the real pipeline. */
class EpisodeApiTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static RasidServer server;
    static final Pipeline PIPELINE = Pipeline.withDefaults();

    static Document seed(String id, String outlet, String published) {
        return new Document(id, "examples/seeds/" + id + ".txt", SeedFixtures.text(id), null, null, outlet, published,
                "UTF-8");
    }

    static void ingest(Document d) {
        store.add(PIPELINE.process(d), ContentHash.of(d.text()));
        store.flush();
    }

    @BeforeAll
    static void start() throws Exception {
        store = EventStore.open(dir, null);
        ingest(seed("000_235f1568e4c190a8", "بلدي نيوز", "2018-07-10"));
        server = RasidServer.start(store, PIPELINE::process, new ServerOptions("127.0.0.1", 0, null, 64 * 1024, 100_000));
        RasidServerTest.server = server;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    static List<JsonNode> episodes(String query) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        RasidServerTest.getJson("/api/episodes" + query).get("episodes").forEach(out::add);
        return out;
    }

    @Test
    void episodesGrowAsIngestsAddEventsAndCarryDatedStates() throws Exception {
        assertEquals(0, episodes("?place=" + RasidServerTest.enc("درعا البلد")).size());

        ingest(seed("001_fae6d0f5455e8ef5", "عنب بلدي", "2021-09-02"));
        List<JsonNode> daraa = episodes("?admin1=SY-DR&place=" + RasidServerTest.enc("درعا البلد"));
        assertEquals(1, daraa.size(), daraa.toString());
        JsonNode deal = daraa.get(0);
        assertEquals("evacuation_deal", deal.get("kind").asText());
        // the Arabic names of kinds.tsv and moves.tsv, for the UI in Arabic
        assertEquals("اتفاق إجلاء أو تسوية", deal.get("label_ar").asText());
        assertEquals("تنفيذ", deal.get("state_ar").asText());
        assertEquals("تنفيذ", deal.get("states").get(0).get("state_ar").asText());
        List<String> states = new ArrayList<>();
        deal.get("states").forEach(s -> states.add(s.get("state").asText()));
        // the buses of the second batch (dated by "يوم الأربعاء" before publication) come first
        assertEquals(List.of("implementation"), states);
        assertEquals("2021-09-01", deal.get("states").get(0).get("date").asText());
        assertTrue(deal.get("states").get(0).get("sentence").asText().contains("الحافلتان"), deal.toString());
        assertEquals(3, deal.get("event_count").asInt());

        JsonNode one = RasidServerTest.getJson("/api/episodes/" + deal.get("id").asText());
        assertEquals(deal.get("event_count").asInt(), one.get("events").size());
        assertEquals(deal.get("event_ids").get(0).asText(), one.get("events").get(0).get("id").asText());
        String firstEvent = deal.get("event_ids").get(0).asText();
        assertEquals(deal.get("id"), episodes("?event=" + firstEvent).get(0).get("id"));
    }

    @Test
    void unknownEpisodesAndBadDaysAreJsonErrors() throws Exception {
        assertEquals(404, RasidServerTest.get("/api/episodes/ep-0000").statusCode());
        assertEquals(400, RasidServerTest.get("/api/episodes?from=March").statusCode());
        assertTrue(RasidServerTest.getJson("/api/openapi.json").get("paths").has("/api/episodes/{id}"));
    }
}
