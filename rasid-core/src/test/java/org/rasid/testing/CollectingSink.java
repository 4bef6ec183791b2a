package org.rasid.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;

/** Collects what a reader finds, for tests. */
public class CollectingSink implements DocumentSink {
    public final List<Document> documents = new ArrayList<>();
    public final List<ReadError> errors = new ArrayList<>();
    /** "source: message" of every input skipped with a notice. */
    public final List<String> notices = new ArrayList<>();

    @Override
    public void document(Document d) {
        documents.add(d);
    }

    @Override
    public void error(ReadError e) {
        errors.add(e);
    }

    @Override
    public void notice(String source, String message) {
        notices.add(source + ": " + message);
    }

    public Map<String, Document> byId() {
        return documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }
}
