package org.rasid.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;

/** The canonical output: one event record per line, with DESIGN.md's field names. */
public final class JsonLinesWriter implements EventWriter {
    private final Writer out;
    private final ObjectMapper json = RecordJson.mapper();

    public JsonLinesWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event e) throws IOException {
        out.write(json.writeValueAsString(e));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
