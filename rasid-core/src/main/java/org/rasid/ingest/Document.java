package org.rasid.ingest;

/**
 * One source document as read, before any cleaning. {@code text} is the original text every
 * offset in Rasid refers to (for HTML: the text jsoup extracted, see the reader).
 *
 * @param id        file name without extension, JSONL id, or WARC record id
 * @param source    where it was read from (path, "stdin", "http")
 * @param published ISO-8601 date or date-time when known, else null
 * @param charset   the charset the bytes were decoded with
 */
public record Document(String id, String source, String text, String title, String url, String outlet,
                       String published, String charset) {
    public Document {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id is required");
        }
        if (text == null) {
            throw new IllegalArgumentException("document text is required: " + id);
        }
    }

    public static Document ofText(String id, String text) {
        return new Document(id, id, text, null, null, null, null, "UTF-8");
    }
}
