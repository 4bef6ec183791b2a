package org.rasid.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.rasid.model.Event;

/**
 * Events cross Spark's shuffle as their canonical JSON line (DESIGN.md field names), so the
 * job needs no Serializable records and writes exactly what the CLI writes.
 */
final class EventCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EventCodec() {
    }

    static String toJson(Event e) {
        try {
            return JSON.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("cannot write event " + e.id(), ex);
        }
    }

    static Event fromJson(String json) {
        try {
            return JSON.readValue(json, Event.class);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("cannot read event JSON: " + ex.getOriginalMessage(), ex);
        }
    }
}
