package org.rasid.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's UTF-8 bytes in lower-case hex: the one hash behind event ids and content ids. */
public final class Sha256 {
    private Sha256() {
    }

    /** The whole digest, 64 hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** The first {@code bytes} bytes of the digest, 2 hex digits each (ids: 8 bytes, 16 digits). */
    public static String hex(String text, int bytes) {
        return HexFormat.of().formatHex(digest(text), 0, bytes);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }
}
