package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rasid extract --merge, then rasid episodes on its output: the deal of Daraa al-Balad (seed 001). */
class EpisodesCommandTest {
    @TempDir
    Path dir;

    private static List<JsonNode> run(String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        List<JsonNode> out = new ArrayList<>();
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(new ObjectMapper().readTree(line));
            }
        }
        return out;
    }

    private static String seed001() throws Exception {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        return Files.readString(p.resolve("examples/seeds/001_fae6d0f5455e8ef5.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void findsTheDealOfDaraaAlBaladInAnExtractOutput() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var article = json.createObjectNode().put("id", "seed-001").put("text", seed001())
                .put("published", "2021-09-02").put("outlet", "عنب بلدي");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, json.writeValueAsString(article) + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("extract", in.toString(), "--merge", "--out", out.toString()));

        List<JsonNode> deals = run("episodes", out.toString(), "--kind", "evacuation_deal", "--admin1", "SY-DR");
        assertEquals(1, deals.size(), deals.toString());
        JsonNode deal = deals.get(0);
        assertEquals("درعا البلد", deal.get("place").asText());
        assertEquals("implementation", deal.get("states").get(0).get("state").asText());
        assertEquals("2021-09-01", deal.get("states").get(0).get("date").asText());
        assertEquals(3, deal.get("event_count").asInt());
        assertEquals(0, run("episodes", out.toString(), "--kind", "truce").size());
        assertEquals(2, Main.run("episodes", dir.resolve("missing.jsonl").toString()));
        assertEquals(2, Main.run("episodes", out.toString(), "--from", "yesterday"));
    }
}
