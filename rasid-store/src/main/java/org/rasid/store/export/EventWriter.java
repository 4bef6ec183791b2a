package org.rasid.store.export;

import java.io.IOException;
import org.rasid.model.Event;

/** Writes events one by one in some export format; {@link #close()} finishes the file. */
public interface EventWriter extends AutoCloseable {
    void write(Event e) throws IOException;

    /** How many events the format left out (the ACLED CSV leaves out verbal and undated events). */
    default int leftOut() {
        return 0;
    }

    @Override
    void close() throws IOException;
}
