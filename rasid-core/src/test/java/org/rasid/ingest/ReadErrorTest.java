package org.rasid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadErrorTest {
    /** Issue 17: a file name with a newline could forge a line of the stderr summary. */
    @Test
    void aFileNameCannotForgeALine() {
        ReadError e = new ReadError("/in/خبر.txt\nrasid extract: 9 documents, 0 errors\u001b[2K", ReadError.EMPTY,
                "the input is empty (0 bytes)");
        assertEquals("/in/خبر.txt\\nrasid extract: 9 documents, 0 errors\\x1b[2K: empty: the input is empty (0 bytes)",
                e.toString());
        assertEquals("حلب\\tإدلب", ReadError.printable("حلب\tإدلب"));
        assertEquals("حلب", ReadError.printable("حلب"));
    }

    /** Issue 17: a corrupt WARC's error showed jwarc's dump of the bad bytes ("\\xffffff..."). */
    @Test
    void corruptWarcErrorIsASentenceNotAByteDump() {
        byte[] head = "WARC/1.0\r\nWARC-Type: response\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 300);
        java.util.Arrays.fill(bytes, head.length, bytes.length, (byte) 0xFF);
        org.rasid.testing.CollectingSink c = new org.rasid.testing.CollectingSink();
        new SourceReader().readBytes(bytes, "crawl.warc", c);
        assertEquals(1, c.errors.size());
        String m = c.errors.get(0).message();
        org.junit.jupiter.api.Assertions.assertFalse(m.contains("\\x") || m.contains("\uFFFD"), m);
        org.junit.jupiter.api.Assertions.assertTrue(m.length() < 200 && m.startsWith("not a readable WARC file"), m);
    }
}
