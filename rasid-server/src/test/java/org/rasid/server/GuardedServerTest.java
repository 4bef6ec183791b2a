package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.EventStore;

/** Token and rate limit, on a server with a token and a small rate. */
class GuardedServerTest {
    @TempDir
    Path dir;

    @Test
    void requiresTheTokenAndLimitsTheRate() throws Exception {
        String token = "test-token-0123456789";
        HttpClient http = HttpClient.newHttpClient();
        try (EventStore store = EventStore.open(dir, null);
             RasidServer server = RasidServer.start(store, Pipeline.withDefaults()::process,
                     new ServerOptions("127.0.0.1", 0, token, 1 << 20, 60))) {
            URI status = URI.create(server.url() + "api/status");
            HttpResponse<String> none = http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, none.statusCode());
            assertTrue(none.body().contains("\"status\":401"));
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(status).header("Authorization", "Bearer nope")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(status).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            HttpResponse<String> alt = http.send(HttpRequest.newBuilder(status).header("X-Rasid-Token", token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, alt.statusCode());
            // the UI itself loads without the token; only the data needs it
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            int limited = 0;
            for (int i = 0; i < 40; i++) {
                var r = http.send(HttpRequest.newBuilder(status).header("X-Rasid-Token", token).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 429) {
                    limited++;
                    assertTrue(r.body().contains("\"status\":429"));
                }
            }
            assertTrue(limited > 0, "a burst beyond 60/min is refused");
        }
    }
}
