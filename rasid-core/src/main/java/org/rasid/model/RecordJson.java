package org.rasid.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The one JSON mapper of Rasid's records ({@link Event} and its parts, document and story
 * records): the JSON Lines output, the exports and the HTTP API write the same bytes for the
 * same record. Reading is strict about trailing garbage ('{"text":"…"}x' is not JSON) and
 * lenient about unknown fields, so an older reader takes a newer record.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    private RecordJson() {
    }

    /** The shared mapper (for frameworks that take one); callers must not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A record as a JSON object, its fields in the record's order. */
    public static ObjectNode tree(Object record) {
        return MAPPER.valueToTree(record);
    }

    /** An empty JSON object to fill by hand. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A record or tree as one line of JSON. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
