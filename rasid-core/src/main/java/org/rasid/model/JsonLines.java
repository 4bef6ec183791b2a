package org.rasid.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON Lines file line by line: blank lines are skipped, and a line that is not JSON
 * fails with the file and the line number, so a bad input is named.
 */
public final class JsonLines {
    /** What is done with each parsed line; {@code line} is 1-based. */
    @FunctionalInterface
    public interface LineSink {
        void accept(int line, JsonNode node) throws IOException;
    }

    private JsonLines() {
    }

    public static void forEach(Path file, LineSink sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = RecordJson.mapper().readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getOriginalMessage());
                }
                sink.accept(n, node);
            }
        }
    }
}
