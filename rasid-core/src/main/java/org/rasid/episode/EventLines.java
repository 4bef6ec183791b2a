package org.rasid.episode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.rasid.model.Event;
import org.rasid.model.JsonLines;
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
        JsonLines.forEach(file, (n, node) -> {
            String record = node.path("record").asText("event");
            if (record.equals("event") && node.hasNonNull("id")) {
                sink.accept(RecordJson.mapper().treeToValue(node, Event.class));
            }
        });
    }
}
