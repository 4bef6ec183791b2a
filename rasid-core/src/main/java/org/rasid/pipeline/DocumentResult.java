package org.rasid.pipeline;

import java.util.List;
import org.rasid.clean.Cleaning;
import org.rasid.dedup.Duplicate;
import org.rasid.model.Event;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;

/**
 * Everything Rasid found in one document.
 *
 * @param document   the document, with title/outlet/published filled from its text when the
 *                   reader had none (the text is unchanged)
 * @param cleaning   what the cleaner kept and skipped, and the metadata it read; may be null
 * @param duplicates repeated paragraphs and stories (in the document, or of earlier documents
 *                   when the pipeline was given a shared index)
 */
public record DocumentResult(Document document, List<Story> stories, List<Event> events, List<String> warnings,
                             Cleaning cleaning, List<Duplicate> duplicates) {
    public DocumentResult {
        stories = List.copyOf(stories);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        duplicates = List.copyOf(duplicates);
    }

    /** The constructor of the first contract, kept for callers. */
    public DocumentResult(Document document, List<Story> stories, List<Event> events, List<String> warnings) {
        this(document, stories, events, warnings, null, List.of());
    }
}
