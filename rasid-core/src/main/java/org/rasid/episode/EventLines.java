package org.rasid.episode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;

/**
 * The events of a JSON Lines file: the output of {@code rasid extract} (document, story and
 * sentence lines are skipped) or a plain event file.
 */
public final class EventLines implements EventSupply {
    private final Path file;

    public EventLines(Path file) {
        this.file = file;
    }

    @Override
    public void forEachEvent(Consumer<Event> sink) throws IOException {
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
                String record = node.path("record").asText("event");
                if (!record.equals("event") || !node.hasNonNull("id")) {
                    continue;
                }
                sink.accept(RecordJson.mapper().treeToValue(node, Event.class));
            }
        }
    }
}
