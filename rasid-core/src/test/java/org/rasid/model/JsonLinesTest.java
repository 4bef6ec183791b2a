package org.rasid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
    @TempDir
    Path dir;

    @Test
    void skipsBlankLinesAndKeepsTheFileLineNumbers() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "{\"doc\":\"a\"}\n\n   \n{\"doc\":\"ب\"}\n", StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        JsonLines.forEach(file, (n, node) -> seen.add(n + ":" + node.get("doc").asText()));
        assertEquals(List.of("1:a", "4:ب"), seen);
    }

    @Test
    void aLineThatIsNotJsonNamesTheFileAndTheLine() throws Exception {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"doc\":\"a\"}\n{\"doc\": \n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonLines.forEach(file, (n, node) -> { }));
        assertTrue(e.getMessage().startsWith(file + ":2: not JSON"), e.getMessage());
    }
}
