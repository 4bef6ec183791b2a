package org.rasid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.ingest.ReadError;
import org.rasid.testing.Seeds;

class RecordWriterTest {
    @Test
    void recordsOfSeed004() throws Exception {
        Document doc = Document.ofText("004_7ac2fd58674b5272", Seeds.text("004"));
        DocumentResult r = Pipeline.withDefaults().process(doc);
        StringWriter out = new StringWriter();
        RecordWriter w = new RecordWriter(out);
        w.write(r);
        w.write(new ReadError("bad.txt", ReadError.BINARY, "contains a NUL byte at offset 8: not a text file"));
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertEquals("document", lines.get(0).get("record").asText());
        assertEquals("004_7ac2fd58674b5272", lines.get(0).get("id").asText());
        assertEquals(doc.text().length(), lines.get(0).get("length").asInt());
        long stories = lines.stream().filter(n -> n.get("record").asText().equals("story")).count();
        long sentences = lines.stream().filter(n -> n.get("record").asText().equals("sentence")).count();
        long duplicates = lines.stream().filter(n -> n.get("record").asText().equals("duplicate")).count();
        assertEquals(r.stories().size(), stories);
        assertEquals(r.stories().stream().mapToInt(s -> s.sentences().size()).sum(), sentences);
        assertEquals(r.duplicates().size(), duplicates);
        for (JsonNode n : lines) {
            if (n.get("record").asText().equals("sentence")) {
                int s = n.get("span").get(0).asInt();
                int e = n.get("span").get(1).asInt();
                assertEquals(doc.text().substring(s, e), n.get("text").asText());
            }
        }
        JsonNode aleppo = lines.stream().filter(n -> n.get("record").asText().equals("story")
                && n.get("index").asInt() == 25).findFirst().orElseThrow();
        assertEquals("حلب", aleppo.get("section").asText());
        assertEquals(6, aleppo.get("duplicate_of").asInt());
        assertEquals("report", aleppo.get("kind").asText());
        JsonNode error = lines.get(lines.size() - 1);
        assertEquals("error", error.get("record").asText());
        assertEquals("bad.txt", error.get("source").asText());
        assertEquals("binary", error.get("reason").asText());
        assertTrue(lines.stream().allMatch(n -> n.has("record")));
    }

    @Test
    void onlyTheKindsAskedForAreWritten() throws Exception {
        Document doc = Document.ofText("004_7ac2fd58674b5272", Seeds.text("004"));
        DocumentResult r = Pipeline.withDefaults().process(doc);
        StringWriter out = new StringWriter();
        RecordWriter w = new RecordWriter(out, java.util.Set.of("story", "error"));
        w.write(r);
        w.write(new ReadError("bad.txt", ReadError.BINARY, "contains a NUL byte at offset 8: not a text file"));
        ObjectMapper json = new ObjectMapper();
        List<String> kinds = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            kinds.add(json.readTree(line).get("record").asText());
        }
        assertEquals(r.stories().size() + 1, kinds.size());
        assertEquals("error", kinds.get(kinds.size() - 1));
        assertTrue(kinds.subList(0, kinds.size() - 1).stream().allMatch("story"::equals), kinds.toString());
    }
}
