package org.rasid.episode;

import java.io.IOException;
import java.util.function.Consumer;
import org.rasid.model.Event;

/**
 * Where episodes take their events from: an extract output file ({@link EventLines}), a store,
 * a list. Merged events (one per real-world event, with all its sources) give the best episodes.
 */
@FunctionalInterface
public interface EventSupply {
    void forEachEvent(Consumer<Event> sink) throws IOException;
}
