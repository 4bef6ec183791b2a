package org.rasid.ingest;

/** Receives what the readers find, in input order: documents and the errors of bad inputs. */
public interface DocumentSink {
    void document(Document document);

    void error(ReadError error);
}
