package org.rasid.events;

import java.util.List;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** The verbal events (no ACLED type) the default pipeline codes from a text: the fixture of the statement tests. */
final class VerbalEvents {
    // one pipeline for every statement test: building the lexicons is most of a test class's time
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private VerbalEvents() {
    }

    static List<Event> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).toList();
    }

    /** Each verbal event as "CAMEO ACTOR1": "01 RUS". */
    static List<String> speakers(String text) {
        return verbal(text).stream().map(e -> e.cameo() + " " + e.actor1()).toList();
    }
}
