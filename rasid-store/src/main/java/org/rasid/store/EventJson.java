package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rasid.model.Event;

/** The full event record as stored in {@code event_bodies.body}: the canonical JSON. */
final class EventJson {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    String write(Event e) throws JsonProcessingException {
        return json.writeValueAsString(e);
    }

    Event read(String body) {
        try {
            return json.readValue(body, Event.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
