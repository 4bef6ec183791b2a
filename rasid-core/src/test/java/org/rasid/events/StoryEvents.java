package org.rasid.events;

import java.util.List;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** The events the default pipeline codes from one story published on a day, and one of them by its place. */
final class StoryEvents {
    // one pipeline for every story test: building the lexicons is most of a test class's time
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private StoryEvents() {
    }

    static List<Event> coded(String text, String published) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, published, "UTF-8")).events();
    }

    /** The first event whose location starts with {@code place} (written as Rasid normalises it, or its stem). */
    static Event at(List<Event> events, String place) {
        for (Event e : events) {
            if (e.locationAr() != null && e.locationAr().startsWith(place)) {
                return e;
            }
        }
        throw new AssertionError("no event at " + place + ": " + events);
    }
}
