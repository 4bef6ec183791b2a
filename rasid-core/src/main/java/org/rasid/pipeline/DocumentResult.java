package org.rasid.pipeline;

import java.util.List;
import org.rasid.events.Event;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;

/** Everything Rasid found in one document. */
public record DocumentResult(Document document, List<Story> stories, List<Event> events, List<String> warnings) {
}
