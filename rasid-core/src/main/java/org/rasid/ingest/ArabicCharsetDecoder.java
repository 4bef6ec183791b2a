package org.rasid.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the bytes of one input into text: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * Windows-1256 or ISO-8859-6, the encodings Arabic news sites have used.
 *
 * <p>UTF-8 is tried first and strictly: a valid UTF-8 byte sequence longer than a few bytes is
 * almost never anything else. When it fails, ICU's CharsetDetector ranks the two Arabic
 * single-byte charsets; a candidate is accepted only if it decodes without unmapped bytes and
 * the result reads as Arabic (its non-ASCII letters are Arabic, not the accented Latin letters
 * that the other charset's bytes turn into). Windows-1256 maps every byte, so this plausibility
 * test is what separates "Arabic in Windows-1256" from "not a supported encoding at all".
 */
public final class ArabicCharsetDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    /** Share of non-ASCII chars that must be Arabic for a single-byte reading to be accepted. */
    private static final double MIN_ARABIC_SHARE = 0.85;

    /**
     * @param declared a charset named by the container (HTTP header, HTML meta), or null; used
     *                 first when it is one of the supported charsets and decodes strictly
     */
    public DecodedText decode(byte[] bytes, String declared) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(ReadError.EMPTY, "the input is empty (0 bytes)");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return nonBlank(new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return nonBlank(new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        checkNotBinary(bytes);
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String utf8 = strict(bytes, bom, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return nonBlank(new DecodedText(utf8, "UTF-8"));
        }
        for (Charset cs : candidates(bytes, declared)) {
            String text = strict(bytes, 0, cs);
            if (text != null && readsAsArabic(text)) {
                return nonBlank(new DecodedText(text, cs.name()));
            }
        }
        throw new ReadException(ReadError.ENCODING, "not valid UTF-8 (first bad byte at offset "
                + firstBadUtf8(bytes) + ") and not Arabic text in Windows-1256 or ISO-8859-6");
    }

    private static Set<Charset> candidates(byte[] bytes, String declared) {
        Set<Charset> out = new LinkedHashSet<>();
        Charset d = supported(declared);
        if (d != null) {
            out.add(d);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch m : detector.detectAll()) {
            Charset c = supported(m.getName());
            if (c != null) {
                out.add(c);
            }
        }
        out.add(WINDOWS_1256);
        out.add(ISO_8859_6);
        return out;
    }

    private static Charset supported(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("windows-1256") || n.equals("cp1256") || n.equals("x-cp1256")) {
            return WINDOWS_1256;
        }
        if (n.equals("iso-8859-6") || n.equals("iso8859-6") || n.equals("arabic") || n.equals("asmo-708")) {
            return ISO_8859_6;
        }
        return null;
    }

    /** The text, or null when the bytes are not valid in that charset. */
    private static String strict(byte[] bytes, int from, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void checkNotBinary(byte[] bytes) throws ReadException {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ReadException(ReadError.BINARY, "contains a NUL byte at offset " + i + ": not a text file");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 8 && controls * 50 > bytes.length) {
            throw new ReadException(ReadError.BINARY, controls + " control bytes in " + bytes.length
                    + ": not a text file");
        }
    }

    static boolean readsAsArabic(String text) {
        int arabic = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFF) || (c >= 0x2000 && c <= 0x206F)
                    || c == 0x00A0 || c == 0x00AB || c == 0x00BB || c == 0x00D7 || c == 0x00F7) {
                arabic++;
            } else {
                other++;
            }
        }
        return arabic > 0 && arabic >= MIN_ARABIC_SHARE * (arabic + other);
    }

    private static DecodedText nonBlank(DecodedText t) throws ReadException {
        if (t.text() == null) {
            throw new ReadException(ReadError.ENCODING, "invalid " + t.charset() + " after its byte-order mark");
        }
        if (t.text().isBlank()) {
            throw new ReadException(ReadError.EMPTY, "the input holds only white space");
        }
        return t;
    }

    static int firstBadUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }
}
