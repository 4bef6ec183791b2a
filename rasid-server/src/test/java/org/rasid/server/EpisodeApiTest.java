package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;

/**
 * GET /api/episodes and the episode filters of the events over the seeds of Kafriya, Busra al-Sham
 * and Daraa al-Balad, read by the real pipeline.
 */
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
        ingest(seed("003_0168099232d9e71c", "سمارت", "2018-07-02T16:12"));
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
    void theEventFiltersTakeAnEpisodeOrAKind() throws Exception {
        JsonNode deal = null;
        for (JsonNode ep : episodes("")) {
            deal = deal == null || ep.get("event_count").asInt() > deal.get("event_count").asInt() ? ep : deal;
        }
        assertTrue(deal != null && deal.get("event_count").asInt() > 1, "seed 003 tells the deal of Busra al-Sham");
        String kind = deal.get("kind").asText();
        Set<String> ids = new HashSet<>();
        deal.get("event_ids").forEach(i -> ids.add(i.asText()));
        JsonNode page = RasidServerTest.getJson("/api/events?episode=" + deal.get("id").asText());
        assertEquals(ids.size(), page.get("total").asInt());
        Set<String> listed = new HashSet<>();
        page.get("events").forEach(e -> listed.add(e.get("id").asText()));
        assertEquals(ids, listed);
        // with a text query the search index narrows to the episode the same way
        JsonNode searched = RasidServerTest.getJson("/api/events?episode=" + deal.get("id").asText() + "&q="
                + RasidServerTest.enc(deal.get("place").asText()));
        assertTrue(searched.get("total").asInt() >= 1 && searched.get("total").asInt() <= ids.size(), searched.toString());
        searched.get("events").forEach(e -> assertTrue(ids.contains(e.get("id").asText()), e.toString()));
        assertEquals(ids.size(), RasidServerTest.getJson("/api/stats?episode=" + deal.get("id").asText())
                .get("total").asInt());

        Set<String> ofDeals = new HashSet<>();
        RasidServerTest.getJson("/api/events?limit=1000&episode_kind=" + kind).get("events")
                .forEach(e -> ofDeals.add(e.get("id").asText()));
        assertTrue(ofDeals.containsAll(ids), ofDeals.toString());
        String other = kind.equals("truce") ? "offensive" : "truce";
        assertEquals(0, RasidServerTest.getJson("/api/events?episode_kind=" + other + "&episode=" + deal.get("id").asText())
                .get("total").asInt());
        assertEquals(0, RasidServerTest.getJson("/api/events?episode=ep-0000").get("total").asInt());
        assertEquals(400, RasidServerTest.get("/api/events?episode_kind=battle").statusCode());
        JsonNode kinds = RasidServerTest.getJson("/api/episodes?limit=1").get("kinds");
        assertEquals("هجوم عسكري", kinds.get(0).get("label_ar").asText(), kinds.toString());
    }

    @Test
    void unknownEpisodesAndBadDaysAreJsonErrors() throws Exception {
        assertEquals(404, RasidServerTest.get("/api/episodes/ep-0000").statusCode());
        assertEquals(400, RasidServerTest.get("/api/episodes?from=March").statusCode());
        assertTrue(RasidServerTest.getJson("/api/openapi.json").get("paths").has("/api/episodes/{id}"));
    }
}
