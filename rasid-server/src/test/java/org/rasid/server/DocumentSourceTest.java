package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.SeedFixtures;

/** Issue 17: document.source in the API showed the server's absolute file path. */
class DocumentSourceTest {
    @Test
    void theApiShowsTheFileNameNotTheServersPath(@TempDir Path dir) throws Exception {
        DocumentResult r = SeedFixtures.result000();
        Document d = r.document();
        Document located = new Document(d.id(), "/home/analyst/cases/witness-7/crawl/2018/07/pages.jsonl:12", d.text(),
                d.title(), d.url(), d.outlet(), d.published(), d.charset());
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        try (EventStore store = EventStore.open(dir, null)) {
            store.add(new DocumentResult(located, r.stories(), r.events(), r.warnings()), ContentHash.of(d.text()));
            store.flush();
            try (RasidServer server = RasidServer.start(store, Pipeline.withDefaults()::process, ServerOptions.local(0))) {
                String id = r.events().get(0).id();
                HttpResponse<String> one = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/events/" + id))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, one.statusCode(), one.body());
                JsonNode doc = json.readTree(one.body()).get("document");
                assertEquals("pages.jsonl:12", doc.get("source").asText());
            }
        }
    }
}
