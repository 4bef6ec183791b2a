package org.rasid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.model.Event;
import org.rasid.store.EventStore;

/**
 * An event's history ({@code GET /api/events/{id}/history}, with {@code replaced_by} for an event
 * split or joined into another) and an analyst's edits ({@code PATCH /api/events/{id}}:
 * {@code {"author", "reason"}} and one of {@code "fields": {...}} (a correction), {@code "split":
 * [report or document ids that leave]}, {@code "join": [event ids that are this one]}; the token
 * is required, also on loopback, see {@link AccessPolicy}).
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
        List<String> replacedBy = store.replacedBy(id);
        if (store.event(id).isEmpty() && replacedBy.isEmpty()) {
            throw new HttpResponseException(404, "no event " + RasidServer.clip(id));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        // an event an analyst split, or joined into another, names what replaced it
        out.put("replaced_by", replacedBy.isEmpty() ? null : replacedBy);
        out.put("revisions", store.history(id));
        ctx.json(out);
    }

    /** The 404 of an event that is no more: it names the events that replaced it, if any. */
    static HttpResponseException gone(EventStore store, String id) {
        List<String> by = store.replacedBy(id);
        return new HttpResponseException(404, "no event " + RasidServer.clip(id)
                + (by.isEmpty() ? "" : "; replaced_by " + String.join(", ", by)));
    }

    void correct(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        JsonNode body = correctionBody(ctx.body());
        String author = text(body.get("author"));
        String reason = text(body.get("reason"));
        Map<String, Object> out = new LinkedHashMap<>();
        if (body.has("split") || body.has("join")) {
            boolean split = body.has("split");
            Set<String> named = names(body.get(split ? "split" : "join"), split ? "split" : "join");
            List<Event> events = (split ? store.split(id, named, author, reason) : store.join(id, named, author, reason))
                    .orElseThrow(() -> gone(store, id));
            out.put("events", events);
            out.put("replaced", split ? List.of(id) : List.copyOf(named));
            out.put("revisions", store.history(id)); // a split event's ends with what replaced it
            ctx.json(out);
            return;
        }
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        body.get("fields").fields().forEachRemaining(f -> changes.put(f.getKey(), f.getValue()));
        filters.check(name -> switch (name) {
            case "type" -> text(changes.get("acled_type"));
            case "sub_type" -> text(changes.get("acled_sub_type"));
            case "admin1" -> text(changes.get("admin1"));
            default -> null;
        });
        Event e = store.correct(id, changes, author, reason).orElseThrow(() -> gone(store, id));
        out.put("event", e);
        out.put("revisions", store.history(id));
        ctx.json(out);
    }

    /** A split's reports or documents, a join's events: a non-empty list of strings. */
    private static Set<String> names(JsonNode list, String what) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null && list.isArray()) {
            list.forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank()) {
                    out.add(n.asText());
                }
            });
        }
        if (out.isEmpty() || list.size() != out.size()) {
            throw new IllegalArgumentException("\"" + what + "\" must be a non-empty list of "
                    + (what.equals("split") ? "report ids or document ids" : "event ids"));
        }
        return out;
    }

    /** The PATCH body, an object whose "fields" is an object; anything else is a 400 saying so. */
    private JsonNode correctionBody(String raw) {
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            body = null;
        }
        int kinds = body == null ? 0 : (body.path("fields").isObject() ? 1 : 0) + (body.has("split") ? 1 : 0)
                + (body.has("join") ? 1 : 0);
        if (kinds != 1 || body.has("fields") && !body.path("fields").isObject()) {
            throw new IllegalArgumentException("the body must be JSON {\"author\", \"reason\", and one of"
                    + " \"fields\": {...}, \"split\": [report or document ids], \"join\": [event ids]}");
        }
        return body;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
