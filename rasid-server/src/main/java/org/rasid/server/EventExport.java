package org.rasid.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rasid.store.EventQuery;
import org.rasid.store.EventStore;
import org.rasid.store.export.EventWriter;
import org.rasid.store.export.ExportFormat;

/** GET /api/export: the events a query selects, streamed in the asked format (GeoPackage through a temp file). */
final class EventExport {
    private final EventStore store;
    private final java.util.function.BiFunction<Context, Integer, EventQuery> query;

    EventExport(EventStore store, java.util.function.BiFunction<Context, Integer, EventQuery> query) {
        this.store = store;
        this.query = query;
    }

    void export(Context ctx) throws IOException {
        String f = ctx.queryParam("format");
        ExportFormat format = ExportFormat.of(f == null ? "jsonl" : f);
        EventQuery q = query.apply(ctx, EventQuery.MAX_LIMIT);
        ctx.contentType(format.mediaType);
        ctx.header("Content-Disposition", "attachment; filename=\"rasid-events" + format.extension + "\"");
        // Written to a file first so the header can say how many events the format left out.
        Path tmp = Files.createTempFile("rasid-export-", format.extension);
        try {
            int leftOut;
            try (EventWriter w = format.open(tmp)) {
                writeAll(q, w);
                leftOut = w.leftOut();
            }
            ctx.header("X-Rasid-Left-Out", Integer.toString(leftOut));
            OutputStream out = ctx.outputStream();
            Files.copy(tmp, out);
            out.flush();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeAll(EventQuery q, EventWriter w) throws IOException {
        IOException[] failed = new IOException[1];
        store.forEachEvent(q, e -> {
            if (failed[0] == null) {
                try {
                    w.write(e);
                } catch (IOException ex) {
                    failed[0] = ex;
                }
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }
}
