package org.rasid.pipeline;

import java.util.List;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;
import org.rasid.text.Span;

/**
 * The one entry point the CLI, the server and the Spark job share: a document in, its stories
 * and events out. Thread-safe once built; build once, reuse for every document.
 */
public final class Pipeline {
    public static Pipeline withDefaults() {
        return new Pipeline();
    }

    public DocumentResult process(Document doc) {
        // Placeholder until segmentation lands: the whole document is one story.
        Span all = new Span(0, doc.text().length());
        Story story = new Story(doc.id(), 0, all, doc.title(), null, null, doc.outlet(), doc.published(),
                List.of(all), List.of(all), -1);
        return new DocumentResult(doc, List.of(story), List.of(), List.of());
    }
}
