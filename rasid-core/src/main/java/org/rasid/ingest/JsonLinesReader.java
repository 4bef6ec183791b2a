package org.rasid.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines of articles, one object a line: {id, url, title, text, published, outlet}. Only
 * text is required; a line without id gets "name:line". A bad line is an error for that line
 * alone, whether its JSON is broken, its bytes are not UTF-8 (JSON's own rule) or it is over the
 * size limit; a line over the limit is never held in memory whole.
 */
final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final long maxBytes;

    JsonLinesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(InputStream in, String source, String stem, DocumentSink sink) {
        BoundedLines lines = new BoundedLines(in, maxBytes);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNo = 0;
        try {
            while (lines.next()) {
                lineNo++;
                String where = source + ":" + lineNo;
                byte[] bytes = lines.bytes();
                if (bytes == null) {
                    sink.error(new ReadError(where, ReadError.TOO_LARGE, "record is over the size limit of "
                            + maxBytes + " bytes (--max-bytes); skipped to the next line"));
                    continue;
                }
                String line;
                try {
                    line = utf8.decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    sink.error(new ReadError(where, ReadError.ENCODING, "JSON Lines must be UTF-8; this line has "
                            + "a byte that is not (first at offset " + ArabicCharsetDecoder.firstBadUtf8(bytes) + ")"));
                    continue;
                }
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark some editors write
                }
                if (!line.isBlank()) {
                    record(line, where, stem + ":" + lineNo, sink);
                }
            }
        } catch (IOException e) {
            sink.error(new ReadError(source + ":" + (lineNo + 1), ReadError.IO, "cannot read further: "
                    + e.getMessage()));
        }
    }

    private static void record(String line, String where, String defaultId, DocumentSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.error(new ReadError(where, ReadError.BAD_RECORD, "not a JSON object: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.error(new ReadError(where, ReadError.BAD_RECORD, "not a JSON object"));
            return;
        }
        String text = field(node, "text");
        if (text == null || text.isBlank()) {
            sink.error(new ReadError(where, ReadError.EMPTY, "record has no \"text\""));
            return;
        }
        String id = field(node, "id");
        // a blank id would make Document throw and end the whole file: treat it as absent
        sink.document(new Document(id == null || id.isBlank() ? defaultId : id, where, text,
                field(node, "title"), field(node, "url"), field(node, "outlet"), field(node, "published"),
                "UTF-8"));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        return LoneSurrogates.replace(v.isValueNode() ? v.asText() : v.toString());
    }
}
