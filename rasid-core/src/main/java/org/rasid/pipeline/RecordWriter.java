package org.rasid.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.rasid.clean.Block;
import org.rasid.clean.PageMetadata;
import org.rasid.dedup.Duplicate;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;
import org.rasid.ingest.Document;
import org.rasid.ingest.ReadError;
import org.rasid.segment.Story;
import org.rasid.text.Span;

/**
 * Writes Rasid's JSON Lines output: one JSON object a line, its kind in the "record" field
 * (document, story, sentence, duplicate, event, error). Spans are [start, end) arrays of
 * original-text offsets. The formats are documented in docs/data-formats.md, "Extract output".
 * A writer may keep only some kinds of record ({@code rasid extract --records}): the others
 * are not even built. Not thread-safe; one writer per output.
 */
public final class RecordWriter {
    /** Every kind of record, in the order a document's records are written. */
    public static final List<String> KINDS = List.of("document", "story", "sentence", "duplicate", "event", "error");
    private static final ObjectMapper JSON = RecordJson.mapper();
    private final Writer out;
    private final boolean documents;
    private final boolean stories;
    private final boolean sentences;
    private final boolean duplicates;
    private final boolean events;
    private final boolean errors;

    /** A writer of every kind of record. */
    public RecordWriter(Writer out) {
        this(out, Set.copyOf(KINDS));
    }

    /** A writer of these kinds only (names from {@link #KINDS}). */
    public RecordWriter(Writer out, Set<String> kinds) {
        if (!KINDS.containsAll(kinds)) {
            throw new IllegalArgumentException("unknown record kinds in " + kinds + "; known: " + KINDS);
        }
        this.out = out;
        this.documents = kinds.contains("document");
        this.stories = kinds.contains("story");
        this.sentences = kinds.contains("sentence");
        this.duplicates = kinds.contains("duplicate");
        this.events = kinds.contains("event");
        this.errors = kinds.contains("error");
    }

    /** The document, its stories, their sentences, its duplicates and its events, in that order. */
    public void write(DocumentResult result) {
        Document doc = result.document();
        if (documents) {
            write(document(result));
        }
        for (Story s : stories || sentences ? result.stories() : List.<Story>of()) {
            if (stories) {
                write(story(s));
            }
            List<Span> spans = sentences ? s.sentences() : List.of();
            for (int i = 0; i < spans.size(); i++) {
                write(sentence(doc, s, i, spans.get(i)));
            }
        }
        for (Duplicate d : duplicates ? result.duplicates() : List.<Duplicate>of()) {
            write(duplicate(d));
        }
        for (Event e : events ? result.events() : List.<Event>of()) {
            write(event(e));
        }
    }

    /** One event record (events merged across documents are written after their documents). */
    public void write(Event e) {
        if (events) {
            write(event(e));
        }
    }

    public void write(ReadError error) {
        if (!errors) {
            return;
        }
        ObjectNode n = record("error");
        n.put("source", error.source());
        n.put("reason", error.reason());
        n.put("message", error.message());
        write(n);
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode document(DocumentResult result) {
        Document doc = result.document();
        ObjectNode n = record("document");
        n.put("id", doc.id());
        n.put("source", doc.source());
        n.put("title", doc.title());
        n.put("url", doc.url());
        n.put("outlet", doc.outlet());
        n.put("published", doc.published());
        n.put("charset", doc.charset());
        n.put("length", doc.text().length());
        PageMetadata meta = result.cleaning() == null ? null : result.cleaning().metadata();
        n.put("editor", meta == null ? null : meta.editor());
        n.put("dateline", meta == null ? null : meta.dateline());
        ArrayNode skipped = n.putArray("skipped");
        if (result.cleaning() != null) {
            for (Block b : result.cleaning().skipped()) {
                ObjectNode s = skipped.addObject();
                s.put("kind", b.kind().label());
                s.set("span", span(b.span()));
            }
        }
        ArrayNode warnings = n.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return n;
    }

    public static ObjectNode story(Story s) {
        ObjectNode n = record("story");
        n.put("doc", s.doc());
        n.put("index", s.index());
        n.put("kind", s.kind());
        n.set("span", span(s.span()));
        n.put("title", s.title());
        n.put("section", s.section());
        n.put("dateline", s.dateline());
        n.put("outlet", s.outlet());
        n.put("published", s.published());
        n.put("duplicate_of", s.duplicateOf() < 0 ? null : s.duplicateOf());
        ArrayNode paragraphs = n.putArray("paragraphs");
        s.paragraphs().forEach(p -> paragraphs.add(span(p)));
        n.put("sentences", s.sentences().size());
        return n;
    }

    public static ObjectNode sentence(Document doc, Story s, int index, Span span) {
        ObjectNode n = record("sentence");
        n.put("doc", doc.id());
        n.put("story", s.index());
        n.put("index", index);
        n.set("span", span(span));
        n.put("text", span.of(doc.text()));
        return n;
    }

    public static ObjectNode duplicate(Duplicate d) {
        ObjectNode n = record("duplicate");
        n.put("kind", d.kind());
        n.put("doc", d.doc());
        n.put("story", d.story());
        n.set("span", span(d.span()));
        n.put("of_doc", d.ofDoc());
        n.put("of_story", d.ofStory());
        n.set("of_span", span(d.ofSpan()));
        n.put("similarity", d.similarity());
        n.put("containment", d.containment());
        n.put("exact", d.exact());
        return n;
    }

    public static ObjectNode event(Event e) {
        ObjectNode n = record("event");
        n.setAll(RecordJson.tree(e));
        return n;
    }

    private static ObjectNode record(String kind) {
        ObjectNode n = JSON.createObjectNode();
        n.put("record", kind);
        return n;
    }

    private static ArrayNode span(Span s) {
        ArrayNode a = JSON.createArrayNode();
        a.add(s.start());
        a.add(s.end());
        return a;
    }

    private void write(ObjectNode n) {
        try {
            out.write(JSON.writeValueAsString(n));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
