package org.rasid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoneSurrogatesTest {
    @Test
    void loneHalvesBecomeReplacementCharsAndPairsStay() {
        String text = "قصف \uD800 على حلب \uDC00 😀 \uDBFF";
        String fixed = LoneSurrogates.replace(text);
        assertEquals("قصف \uFFFD على حلب \uFFFD 😀 \uFFFD", fixed);
        assertEquals(text.length(), fixed.length(), "offsets stay valid");
        assertEquals(fixed, new String(fixed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                "survives UTF-8, as the store keeps it");
        String clean = "قصف على حلب 😀";
        assertSame(clean, LoneSurrogates.replace(clean));
    }

    @Test
    void aJsonLineWithAnEscapedHalfIsReadAsTheStoreWillKeepIt() {
        List<Document> docs = new ArrayList<>();
        new SourceReader().readBytes("{\"id\":\"a\",\"text\":\"قصف \\ud800 على حلب\",\"title\":\"\\udc00\"}\n"
                .getBytes(StandardCharsets.UTF_8), "feed.jsonl", new DocumentSink() {
                    @Override
                    public void document(Document d) {
                        docs.add(d);
                    }

                    @Override
                    public void error(ReadError e) {
                        throw new AssertionError(e.toString());
                    }
                });
        assertEquals("قصف \uFFFD على حلب", docs.get(0).text());
        assertEquals("\uFFFD", docs.get(0).title());
    }
}
