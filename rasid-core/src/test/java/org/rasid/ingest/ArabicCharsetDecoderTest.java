package org.rasid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;

class ArabicCharsetDecoderTest {
    private final ArabicCharsetDecoder decoder = new ArabicCharsetDecoder();

    @Test
    void utf8SeedsAreUtf8() throws Exception {
        for (String seed : new String[] {"000", "001", "002", "003", "004"}) {
            String text = Seeds.text(seed);
            DecodedText d = decoder.decode(text.getBytes(StandardCharsets.UTF_8), null);
            assertEquals("UTF-8", d.charset(), seed);
            assertEquals(text, d.text(), seed);
        }
    }

    @Test
    void windows1256CopiesReadIdentically() throws Exception {
        Charset cp1256 = Charset.forName("windows-1256");
        for (String seed : new String[] {"000", "001", "003"}) {
            String text = Seeds.text(seed);
            DecodedText d = decoder.decode(text.getBytes(cp1256), null);
            assertEquals("windows-1256", d.charset(), seed);
            assertEquals(text, d.text(), seed);
        }
    }

    @Test
    void iso88596CopyReadsIdentically() throws Exception {
        // seed 003 is the one whose every char exists in ISO-8859-6 (no curly quotes or dashes)
        String text = Seeds.text("003");
        Charset iso = Charset.forName("ISO-8859-6");
        assertTrue(iso.newEncoder().canEncode(text));
        DecodedText d = decoder.decode(text.getBytes(iso), null);
        assertEquals("ISO-8859-6", d.charset());
        assertEquals(text, d.text());
    }

    @Test
    void declaredCharsetIsUsedWhenItDecodes() throws Exception {
        String text = Seeds.text("003");
        DecodedText d = decoder.decode(text.getBytes(Charset.forName("ISO-8859-6")), "iso-8859-6");
        assertEquals("ISO-8859-6", d.charset());
        assertEquals(text, d.text());
    }

    @Test
    void latinOneTextIsNotArabicInAnyCharset() {
        // invalid UTF-8, and in Windows-1256 it reads as accented Latin letters, not Arabic
        byte[] bytes = "Grüße aus München: café, crème brûlée, naïve façade, où êtes-vous?"
                .getBytes(StandardCharsets.ISO_8859_1);
        ReadException e = assertThrows(ReadException.class, () -> decoder.decode(bytes, null));
        assertEquals(ReadError.ENCODING, e.reason());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void nulBytesAreBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ReadException e = assertThrows(ReadException.class, () -> decoder.decode(png, null));
        assertEquals(ReadError.BINARY, e.reason());
        assertTrue(e.getMessage().contains("NUL byte at offset 8"), e.getMessage());
    }

    @Test
    void emptyAndBlankInputsAreEmpty() {
        assertEquals(ReadError.EMPTY, assertThrows(ReadException.class,
                () -> decoder.decode(new byte[0], null)).reason());
        assertEquals(ReadError.EMPTY, assertThrows(ReadException.class,
                () -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), null)).reason());
    }

    @Test
    void byteOrderMarksAreHonoured() throws Exception {
        String text = "قصف مدفعي على بلدة الزيارة";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(text, decoder.decode(withBom, null).text());
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        DecodedText d = decoder.decode(utf16, null);
        assertEquals("UTF-16LE", d.charset());
        assertEquals(text, d.text());
    }
}
