package org.rasid.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a document's content: SHA-256 of its text. Two files with the same text
 * (a re-crawl, a copy under another name) are one document, so re-ingesting adds nothing.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }
}
