package org.rasid.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rasid.ingest.Document;

/**
 * Turns the raw records Spark hands over (a JSON line, or a whole file's bytes with its path)
 * into Rasid documents, the same way the single-machine readers do.
 */
final class SparkInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkInputs() {
    }

    static boolean isJsonLines(String path) {
        String p = path.toLowerCase();
        return p.endsWith(".jsonl") || p.endsWith(".jsonl.gz") || p.endsWith(".ndjson");
    }

    /** One JSON Lines record ({id,url,title,text,published,outlet}). */
    static Document fromJsonLine(String source, String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return new Document(field(n, "id"), source, field(n, "text"), field(n, "title"), field(n, "url"),
                    field(n, "outlet"), field(n, "published"), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": not a JSON object: " + e.getMessage(), e);
        }
    }

    /** The documents of one whole file. */
    static List<Document> fromFile(String path, byte[] bytes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        return List.of(new Document(id, path, new String(bytes, StandardCharsets.UTF_8), null, null, null, null, "UTF-8"));
    }

    private static String field(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
