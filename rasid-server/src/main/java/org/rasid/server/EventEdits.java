package org.rasid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rasid.model.Event;
import org.rasid.store.EventStore;

/**
 * An event's history ({@code GET /api/events/{id}/history}) and an analyst's corrections
 * ({@code PATCH /api/events/{id}}: {@code {"author", "reason", "fields": {...}}}; the token is
 * required, also on loopback, see {@link AccessPolicy}).
 */
final class EventEdits {
    private final EventStore store;
    private final ObjectMapper json;
    private final FilterValues filters;

    EventEdits(EventStore store, ObjectMapper json, FilterValues filters) {
        this.store = store;
        this.json = json;
        this.filters = filters;
    }

    void history(Context ctx) {
        String id = ctx.pathParam("id");
        if (store.event(id).isEmpty()) {
            throw new HttpResponseException(404, "no event " + RasidServer.clip(id));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        // events are never joined or split yet: an id, once given, stays the event's
        out.put("replaced_by", null);
        out.put("revisions", store.history(id));
        ctx.json(out);
    }

    void correct(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        JsonNode body = correctionBody(ctx.body());
        JsonNode fields = body.get("fields");
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        fields.fields().forEachRemaining(f -> changes.put(f.getKey(), f.getValue()));
        filters.check(name -> switch (name) {
            case "type" -> text(changes.get("acled_type"));
            case "sub_type" -> text(changes.get("acled_sub_type"));
            case "admin1" -> text(changes.get("admin1"));
            default -> null;
        });
        Event e = store.correct(id, changes, text(body.get("author")), text(body.get("reason")))
                .orElseThrow(() -> new HttpResponseException(404, "no event " + RasidServer.clip(id)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", e);
        out.put("revisions", store.history(id));
        ctx.json(out);
    }

    /** The PATCH body, an object whose "fields" is an object; anything else is a 400 saying so. */
    private JsonNode correctionBody(String raw) {
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.path("fields").isObject()) {
            throw new IllegalArgumentException("the body must be JSON {\"author\", \"reason\", \"fields\": {...}}");
        }
        return body;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
