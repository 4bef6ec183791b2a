package org.rasid.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines of articles, one object a line: {id, url, title, text, published, outlet}. Only
 * text is required; a line without id gets "name:line". A bad line is an error for that line
 * alone. The file must be UTF-8 (JSON's own rule).
 */
final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final long maxBytes;

    JsonLinesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(InputStream in, String source, String stem, DocumentSink sink) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        int lineNo = 0;
        int documents = 0;
        try {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark some editors write
                }
                if (line.isBlank()) {
                    continue;
                }
                String where = source + ":" + lineNo;
                if ((long) line.length() * 3 > maxBytes
                        && line.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
                    sink.error(new ReadError(where, ReadError.TOO_LARGE, "record is over the size limit of "
                            + maxBytes + " bytes (--max-bytes)"));
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.error(new ReadError(where, ReadError.BAD_RECORD, "not a JSON object: "
                            + e.getOriginalMessage()));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    sink.error(new ReadError(where, ReadError.BAD_RECORD, "not a JSON object"));
                    continue;
                }
                String text = field(node, "text");
                if (text == null || text.isBlank()) {
                    sink.error(new ReadError(where, ReadError.EMPTY, "record has no \"text\""));
                    continue;
                }
                String id = field(node, "id");
                sink.document(new Document(id == null ? stem + ":" + lineNo : id, where, text,
                        field(node, "title"), field(node, "url"), field(node, "outlet"), field(node, "published"),
                        "UTF-8"));
                documents++;
            }
        } catch (IOException e) {
            sink.error(new ReadError(source + ":" + (lineNo + 1), ReadError.ENCODING,
                    "JSON Lines must be UTF-8; stopped reading this file after " + documents + " documents ("
                            + e.getMessage() + ")"));
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
