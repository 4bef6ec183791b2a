package org.rasid.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads events for scoring from JSON Lines: gold files, event files, or the whole output of
 * {@code rasid extract} (lines whose "record" is not "event" are skipped).
 */
public final class EventFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventFile() {
    }

    public static List<ScoredEvent> read(Path file) throws IOException {
        List<ScoredEvent> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getOriginalMessage());
                }
                if (!node.isObject()) {
                    throw new IllegalArgumentException(file + ":" + n + ": not a JSON object");
                }
                String record = text(node, "record");
                if (record != null && !record.equals("event")) {
                    continue;
                }
                String doc = text(node, "doc");
                if (doc == null) {
                    throw new IllegalArgumentException(file + ":" + n + ": event without \"doc\"");
                }
                out.add(new ScoredEvent(n, doc, text(node, "acled_type"), text(node, "acled_sub_type"),
                        text(node, "cameo"), text(node, "actor1"), text(node, "actor2"), text(node, "location_ar"),
                        text(node, "admin1"), integer(node, "geo_precision"), text(node, "event_date"),
                        integer(node, "fatalities"), node.path("optional").asBoolean(false)));
            }
        }
        return out;
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
