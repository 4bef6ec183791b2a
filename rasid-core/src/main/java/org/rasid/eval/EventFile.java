package org.rasid.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.model.JsonLines;

/**
 * Reads events for scoring from JSON Lines: gold files, event files, or the whole output of
 * {@code rasid extract} (lines whose "record" is not "event" are skipped).
 *
 * <p>A gold file may hold marker lines {@code {"doc": ID, "annotated": true}}: the document was
 * annotated, so it is judged even when it has no gold event (docs/annotation.md).
 */
public final class EventFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The events of a file and every document it covers (its events' documents and its marker lines). */
    public record Contents(List<ScoredEvent> events, Set<String> docs) {
    }

    private EventFile() {
    }

    public static List<ScoredEvent> read(Path file) throws IOException {
        return readAll(file).events();
    }

    public static Contents readAll(Path file) throws IOException {
        List<ScoredEvent> out = new ArrayList<>();
        Set<String> docs = new LinkedHashSet<>();
        JsonLines.forEach(file, (n, node) -> {
            if (!node.isObject()) {
                throw new IllegalArgumentException(file + ":" + n + ": not a JSON object");
            }
            String record = text(node, "record");
            if (record != null && !record.equals("event")) {
                return;
            }
            String doc = text(node, "doc");
            if (doc == null) {
                throw new IllegalArgumentException(file + ":" + n + ": event without \"doc\"");
            }
            docs.add(doc);
            if (node.path("annotated").asBoolean(false)) {
                return;
            }
            out.add(new ScoredEvent(n, doc, text(node, "acled_type"), text(node, "acled_sub_type"),
                    text(node, "cameo"), text(node, "actor1"), text(node, "actor2"), text(node, "location_ar"),
                    text(node, "admin1"), integer(node, "geo_precision"), text(node, "event_date"),
                    integer(node, "fatalities"), node.path("optional").asBoolean(false), evidence(node)));
        });
        return new Contents(out, docs);
    }

    /** The "confidence" of each event line of a predicted file, by 1-based line (as {@link ScoredEvent#line()}). */
    public static Map<Integer, Double> confidences(Path file) throws IOException {
        Map<Integer, Double> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"confidence\"")) {
                JsonNode c = JSON.readTree(lines.get(i)).get("confidence");
                if (c != null && c.isNumber()) {
                    out.put(i + 1, c.asDouble());
                }
            }
        }
        return out;
    }

    /** Gold writes the evidence as a string; Rasid's events as an object holding the sentence. */
    private static String evidence(JsonNode node) {
        JsonNode v = node.get("evidence");
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isObject() ? text(v, "sentence") : v.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asInt();
        }
        try {
            return Integer.valueOf(v.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
