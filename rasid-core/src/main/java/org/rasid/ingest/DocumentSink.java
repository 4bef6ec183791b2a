package org.rasid.ingest;

/** Receives what the readers find, in input order: documents and the errors of bad inputs. */
public interface DocumentSink {
    void document(Document document);

    void error(ReadError error);

    /**
     * An input skipped on purpose, not an error: a named pipe or dangling link inside a folder,
     * the run's own output file. Callers that talk to a user print it; the default drops it.
     */
    default void notice(String source, String message) {
    }
}
