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
}
