package org.rasid.ingest;

/** Bytes turned into text, with the charset that was used (a Java canonical name). */
public record DecodedText(String text, String charset) {
}
