package org.rasid.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;

/**
 * Turns the raw records Spark hands over (a JSON line, or a whole file's bytes with its path)
 * into Rasid documents with the project's SourceReader, as `rasid extract` reads them: format
 * sniffed from the bytes (text, HTML, WARC, WARC.gz, JSON Lines), charset detected, the same
 * ids and size limit. What cannot be read comes back as errors naming the input.
 */
final class SparkInputs {
    /** The documents and read errors of one input record. */
    record Read(List<Document> documents, List<ReadError> errors) {
    }

    private static final ThreadLocal<SourceReader> READER = ThreadLocal.withInitial(SourceReader::new);

    private SparkInputs() {
    }

    static boolean isJsonLines(String path) {
        String p = path.toLowerCase();
        return p.endsWith(".jsonl") || p.endsWith(".jsonl.gz") || p.endsWith(".ndjson");
    }

    /** One JSON Lines record ({id,url,title,text,published,outlet}). */
    static Read fromJsonLine(String source, String line) {
        Collector c = new Collector();
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        READER.get().readStream(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), source,
                dot > 0 ? name.substring(0, dot) : name, c);
        return c.result();
    }

    /** The documents of one whole file (one for text/HTML, one per response record for WARC). */
    static Read fromFile(String path, byte[] bytes) {
        Collector c = new Collector();
        READER.get().readBytes(bytes, path.substring(path.lastIndexOf('/') + 1), c);
        return c.result();
    }

    private static final class Collector implements DocumentSink {
        final List<Document> docs = new ArrayList<>();
        final List<ReadError> errors = new ArrayList<>();

        @Override
        public void document(Document document) {
            docs.add(document);
        }

        @Override
        public void error(ReadError error) {
            errors.add(error);
        }

        Read result() {
            return new Read(docs, errors);
        }
    }
}
