package org.rasid.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.rasid.store.EventStore;
import picocli.CommandLine.Option;

/** --data and --db, shared by every command that opens a store. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "rasid-data",
            description = "Data folder: rasid.db (SQLite) and lucene/ (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC",
            description = "Keep the tables on a PostgreSQL server instead, e.g. jdbc:postgresql://host/rasid?user=u&password=p")
    String db;

    /** The store of {@code --data}, created if the folder holds none: for ingest. */
    EventStore openOrCreate() throws IOException {
        return EventStore.open(data, db);
    }

    /** The store {@code --data} already holds; an error naming the folder when it holds none. */
    EventStore openExisting() throws IOException {
        return EventStore.openExisting(data, db);
    }
}
