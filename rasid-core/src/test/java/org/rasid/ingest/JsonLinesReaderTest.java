package org.rasid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.testing.CollectingSink;

class JsonLinesReaderTest {
    private static String line(int n) {
        return "{\"id\":\"d" + n + "\",\"text\":\"قصفت قوات النظام بلدة رقم " + n + " في ريف درعا\"}\n";
    }

    /** Issue 17, item 3: 0xFF in line 10 of 20 used to give 8 documents and an error naming line 9. */
    @Test
    void oneBadByteLosesOnlyItsOwnLine() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 1; i <= 20; i++) {
            byte[] l = line(i).getBytes(StandardCharsets.UTF_8);
            if (i == 10) {
                l[l.length - 10] = (byte) 0xFF;
            }
            b.write(l);
        }
        CollectingSink c = new CollectingSink();
        new JsonLinesReader(SourceReader.DEFAULT_MAX_BYTES).read(new ByteArrayInputStream(b.toByteArray()),
                "f.jsonl", "f", c);
        assertEquals(19, c.documents.size());
        assertEquals(List.of("d9", "d11"), List.of(c.documents.get(8).id(), c.documents.get(9).id()));
        assertEquals(1, c.errors.size());
        assertEquals("f.jsonl:10", c.errors.get(0).source());
        assertEquals(ReadError.ENCODING, c.errors.get(0).reason());
    }

    /** Line ends as BufferedReader.readLine saw them: \n, \r\n and a lone \r. */
    @Test
    void lineEndsAreNewlineCarriageReturnOrBoth() {
        String s = line(1).replace("\n", "\r\n") + line(2).replace("\n", "\r") + line(3);
        CollectingSink c = new CollectingSink();
        new JsonLinesReader(1000).read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "f", "f", c);
        assertEquals(List.of("d1", "d2", "d3"), c.documents.stream().map(Document::id).toList());
        assertEquals(List.of("f:1", "f:2", "f:3"), c.documents.stream().map(Document::source).toList());
    }

    /**
     * Issue 17, item 4: one line longer than any Java array (2^31 + bytes) used to end in
     * OutOfMemoryError whatever the heap; now it is skipped as one too-large line without being held.
     */
    @Test
    void aLineLongerThanAnyArrayIsSkippedAndTheNextLineRead() {
        long huge = Integer.MAX_VALUE + 16L;
        InputStream giant = new InputStream() {
            private long left = huge;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                if (left == huge) {
                    b[off] = '{'; // it starts like a record
                }
                left -= n;
                return n;
            }
        };
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(line(1).getBytes(StandardCharsets.UTF_8)), giant,
                new ByteArrayInputStream(("\n" + line(3)).getBytes(StandardCharsets.UTF_8)))));
        CollectingSink c = new CollectingSink();
        new JsonLinesReader(1 << 20).read(in, "big.jsonl", "big", c);
        assertEquals(List.of("d1", "d3"), c.documents.stream().map(Document::id).toList());
        assertEquals(1, c.errors.size());
        assertEquals("big.jsonl:2", c.errors.get(0).source());
        assertEquals(ReadError.TOO_LARGE, c.errors.get(0).reason());
        assertTrue(c.errors.get(0).message().contains("1048576"), c.errors.get(0).message());
    }
}
