package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;

/** The full event record as stored in {@code event_bodies.body}: the canonical JSON of {@link RecordJson}. */
final class EventJson {
    String write(Event e) throws JsonProcessingException {
        return RecordJson.mapper().writeValueAsString(e);
    }

    Event read(String body) {
        try {
            return RecordJson.mapper().readValue(body, Event.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
