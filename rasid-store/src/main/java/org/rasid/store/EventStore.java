package org.rasid.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.rasid.model.Event;
import org.rasid.model.Source;
import org.rasid.pipeline.DocumentResult;

/**
 * The event database of one data folder: documents, stories, events with their evidence
 * (mentions) and sources in SQL (SQLite file {@code rasid.db} in WAL mode by default, or a
 * PostgreSQL server), plus a Lucene index under {@code lucene/} for Arabic full-text search.
 * One document is stored in one transaction: after a crash it is either all there or absent.
 * One process writes a data folder at a time ({@link WriterLock}); any number read it.
 * All SQL uses bound parameters. Thread-safe.
 */
public final class EventStore implements AutoCloseable {
    /** File name of the embedded database inside a data folder. */
    public static final String SQLITE_FILE = "rasid.db";
    /** How long a write waits for another process's writer by default (a server's POST). */
    public static final Duration DEFAULT_WRITER_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final StoryIndex index;
    private final WriterLock writerLock;
    private final DocumentWriter writer;
    private final IndexSync sync;
    private final EventReader reader;
    private final StatsCounter stats;
    private final EventBreakdown breakdown;
    private final EventHistory history;
    private final EventCorrector corrector;
    private final EventRegrouper regrouper;
    private final Object writeLock = new Object();
    private Duration writerWait = DEFAULT_WRITER_WAIT;
    private Consumer<String> writerNotice = m -> { };
    private boolean wrote;

    private EventStore(Path dataDir, String url) throws IOException, SQLException {
        this.dataDir = dataDir;
        this.dialect = Dialect.of(url);
        this.pool = open(dialect, url);
        try {
            SchemaMigration.migrate(pool, dialect);
            this.index = new StoryIndex(dataDir.resolve("lucene"));
        } catch (RuntimeException | IOException | SQLException e) {
            pool.close();
            throw e;
        }
        SqlRunner sql = new SqlRunner(pool);
        EventJson json = new EventJson();
        this.writerLock = new WriterLock(dataDir);
        this.writer = new DocumentWriter(sql, json, dialect);
        this.sync = new IndexSync(index, sql, json);
        this.reader = new EventReader(sql, index, json, dialect);
        this.stats = new StatsCounter(sql, index, reader);
        this.breakdown = new EventBreakdown(sql, index);
        this.history = new EventHistory(sql, json);
        this.corrector = new EventCorrector(sql, json, dialect);
        this.regrouper = new EventRegrouper(sql, json, dialect);
        sync.catchUp(reader.maxSeq(), writerLock);
    }

    private static HikariDataSource open(Dialect dialect, String url) throws SQLException {
        try {
            return dialect.pool(url);
        } catch (RuntimeException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /**
     * Opens the store of a data folder, creating folder and store if needed: for the commands
     * that fill a store (ingest, demo).
     *
     * @param dataDir folder for {@code rasid.db} and {@code lucene/}
     * @param jdbcUrl a {@code jdbc:postgresql:…} URL to keep the tables on a server, or null
     *                for the embedded SQLite file
     */
    public static EventStore open(Path dataDir, String jdbcUrl) throws IOException {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new IOException("the data folder " + dataDir.toAbsolutePath() + " is a file, not a folder");
        }
        Files.createDirectories(dataDir);
        String url = jdbcUrl == null || jdbcUrl.isBlank() ? Dialect.sqliteUrl(dataDir.resolve(SQLITE_FILE)) : jdbcUrl;
        try {
            return new EventStore(dataDir, url);
        } catch (SQLException e) {
            throw new IOException("cannot open the event store in " + dataDir + ": "
                    + String.valueOf(e.getMessage()).replaceAll("(?i)(password=)[^&\\s)]*", "$1***"));
        }
    }

    /**
     * Opens the store a data folder already holds, for the commands that only read or serve it:
     * a mistyped or missing folder is an error naming it, never a new empty store.
     */
    public static EventStore openExisting(Path dataDir, String jdbcUrl) throws IOException {
        Path abs = dataDir.toAbsolutePath();
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new IOException("the data folder " + abs + " is a file, not a folder");
        }
        boolean embedded = jdbcUrl == null || jdbcUrl.isBlank();
        if (embedded && !Files.isRegularFile(dataDir.resolve(SQLITE_FILE))) {
            throw new IOException("no Rasid store in " + abs + " (no " + SQLITE_FILE + "): give --data the folder"
                    + " an ingest wrote (rasid demo writes rasid-data/demo), or fill this one with rasid ingest");
        }
        return open(dataDir, jdbcUrl);
    }

    /**
     * How long a write waits while another process writes this folder, and where to say that
     * it waits (once per wait). Past {@code max} the write fails with IllegalStateException.
     */
    public void writerWait(Duration max, Consumer<String> notice) {
        synchronized (writeLock) {
            this.writerWait = max;
            this.writerNotice = notice;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** "sqlite" or "postgresql". */
    public String dialectName() {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- writing

    /** The id of the stored document with this content hash, if any. */
    public Optional<String> documentWithHash(String contentHash) {
        return reader.documentWithHash(contentHash);
    }

    public boolean hasDocument(String id) {
        return reader.hasDocument(id);
    }

    /**
     * Stores a processed document, its stories, events, mentions and sources in one
     * transaction, then indexes it for search.
     *
     * @return the number of events newly stored (an event id already present is kept as is)
     * @throws IllegalStateException when a document with this id or content is already stored
     */
    public int add(DocumentResult result, String contentHash) {
        return addAll(List.of(result), List.of(contentHash));
    }

    /**
     * Stores many processed documents in one transaction (all or none), then indexes them:
     * for bulk loads. {@code hashes.get(i)} is the content hash of {@code results.get(i)}.
     * Waits first while another process writes this folder (see {@link #writerWait}).
     *
     * @return the number of events newly stored
     */
    public int addAll(List<DocumentResult> results, List<String> hashes) {
        if (results.size() != hashes.size()) {
            throw new IllegalArgumentException("one content hash per document");
        }
        synchronized (writeLock) {
            writerLock.acquire(writerWait, writerNotice);
            DocumentWriter.Written w = writer.write(results, hashes);
            wrote = true;
            try {
                sync.added(results, w.merged(), w.seqBefore(), w.seqAfter());
            } catch (IOException e) {
                // the SQL rows are safe; the index is repaired from them on the next open
                throw new UncheckedIOException("stored documents but could not index them: " + e.getMessage(), e);
            }
            return w.events();
        }
    }

    /**
     * An analyst's correction of an event's fields (see {@code Corrections.FIELDS}), kept over
     * every later merge and recorded as a revision with its author and reason.
     *
     * @return the corrected event, or empty when no event has this id
     * @throws IllegalArgumentException for a field that cannot be corrected or an ill-typed value
     */
    public Optional<Event> correct(String id, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> fields,
                                   String author, String reason) {
        synchronized (writeLock) {
            writerLock.acquire(writerWait, writerNotice);
            Optional<EventCorrector.Corrected> done = corrector.correct(id, fields, author, reason);
            wrote = true;
            if (done.isPresent()) {
                try {
                    sync.changed(done.get().event(), done.get().day());
                } catch (IOException e) {
                    throw new UncheckedIOException("corrected the event but could not index it: " + e.getMessage(), e);
                }
            }
            return done.map(EventCorrector.Corrected::event);
        }
    }

    /**
     * An analyst's split: the reports named (report ids or documents) leave the event, which is
     * retired; the reports that stay and those that leave become two events with new ids, which
     * {@link #replacedBy} then names. Recorded in the history of all three.
     *
     * @return the two events, or empty when no event has this id
     * @throws IllegalArgumentException when nothing named is a report of the event, or all are
     */
    public Optional<List<Event>> split(String id, Set<String> leaving, String author, String reason) {
        return regroup(() -> regrouper.split(id, leaving, author, reason));
    }

    /**
     * An analyst's join: the events named are the same as this one; their reports join it (it
     * keeps its id) and they are retired, {@link #replacedBy} naming this one.
     *
     * @return the joined event (one), or empty when no event has this id
     * @throws IllegalArgumentException for an unknown event named or none
     */
    public Optional<List<Event>> join(String id, Set<String> others, String author, String reason) {
        return regroup(() -> regrouper.join(id, others, author, reason));
    }

    private Optional<List<Event>> regroup(java.util.function.Supplier<Optional<EventRegrouper.Regrouped>> work) {
        synchronized (writeLock) {
            writerLock.acquire(writerWait, writerNotice);
            Optional<EventRegrouper.Regrouped> done = work.get();
            wrote = true;
            if (done.isPresent()) {
                try {
                    sync.regrouped(done.get().retired(), done.get().events());
                } catch (IOException e) {
                    throw new UncheckedIOException("regrouped the events but could not index them: " + e.getMessage(), e);
                }
            }
            return done.map(r -> List.copyOf(r.events().keySet()));
        }
    }

    /** The ids that replaced an event split or joined into another by an analyst; empty while it lives. */
    public List<String> replacedBy(String eventId) {
        return history.replacedBy(eventId);
    }

    /** Makes everything added so far searchable and durable in the index. */
    public void flush() {
        synchronized (writeLock) {
            try {
                sync.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("could not commit the search index: " + e.getMessage(), e);
            }
        }
    }

    /** Commits and unlocks the folder so another process may write to it. */
    public void release() {
        synchronized (writeLock) {
            try {
                sync.release();
            } catch (IOException e) {
                throw new UncheckedIOException("could not commit the search index: " + e.getMessage(), e);
            } finally {
                writerLock.release();
            }
        }
    }

    // ---------------------------------------------------------------- reading

    public StoreCounts counts() {
        return reader.counts();
    }

    public Optional<Event> event(String id) {
        return reader.event(id);
    }

    /** Every report of an event: the documents and outlets it was read in. */
    public List<Source> sources(String eventId) {
        return reader.sources(eventId);
    }

    public Optional<StoredDocument> document(String id) {
        return reader.document(id);
    }

    public Optional<StoredStory> story(String doc, int index) {
        return reader.story(doc, index);
    }

    public List<StoredStory> stories(String doc) {
        return reader.stories(doc);
    }

    /** Events matching the query, newest day first, one page ({@code limit}, {@code offset}). */
    public List<Event> events(EventQuery q) {
        List<Event> out = new ArrayList<>();
        reader.forEach(q, true, out::add);
        return out;
    }

    /** Every event matching the filters (limit and offset ignored), streamed: for exports. */
    public void forEachEvent(EventQuery q, Consumer<Event> sink) {
        reader.forEach(q, false, sink);
    }

    /** Every change to an event, oldest first (empty for an unknown id). */
    public List<EventRevision> history(String eventId) {
        return history.of(eventId);
    }

    /**
     * Every event as it stood at {@code asOf} (a day, meaning its end, or an ISO instant): the
     * database before later reports and corrections, by event id.
     */
    public void forEachEventAsOf(String asOf, Consumer<Event> sink) {
        history.forEachAsOf(asOf, sink);
    }

    public long countEvents(EventQuery q) {
        return reader.countEvents(q);
    }

    /** Counts and fatalities by day, type, governorate and day×type for the events matching the filters. */
    public Stats stats(EventQuery q) {
        return stats.stats(q);
    }

    /** Sub-types, districts, actors and outlets of the matching events with their counts, at most {@code limit} each. */
    public Facets facets(EventQuery q, int limit) {
        return breakdown.facets(q, limit);
    }

    /** Full-text search over stories (title and text), Arabic-analysed; best first. */
    public List<SearchHit> search(String q, int limit, int offset) {
        return reader.search(q, limit, offset);
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            if (dialect == Dialect.SQLITE && wrote) {
                optimize();
            }
            try {
                sync.release();
                index.close();
            } finally {
                writerLock.release();
                pool.close();
            }
        }
    }

    /**
     * Refreshes the query planner's statistics after a load (cheap when nothing changed). Only
     * a store that wrote does it: ANALYZE writes, and a reader must never take the write lock
     * from an ingest running beside it.
     */
    private void optimize() {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA optimize");
        } catch (SQLException e) {
            // statistics are an optimisation only
        }
    }
}
