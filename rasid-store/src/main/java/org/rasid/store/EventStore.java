package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.segment.Story;

/**
 * The event database of one data folder: documents, stories, events with their evidence
 * (mentions) and sources in SQL (SQLite file {@code rasid.db} in WAL mode by default, or a
 * PostgreSQL server), plus a Lucene index under {@code lucene/} for Arabic full-text search.
 * One document is stored in one transaction: after a crash it is either all there or absent.
 * All SQL uses bound parameters. Thread-safe.
 */
public final class EventStore implements AutoCloseable {
    /** File name of the embedded database inside a data folder. */
    public static final String SQLITE_FILE = "rasid.db";
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The index is committed this often while adding (a crash loses nothing: see catchUpIndex). */
    private static final long COMMIT_NANOS = 5_000_000_000L;
    /** Flyway reports every migration step at INFO; kept as a field so the level sticks. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Path dataDir;
    private final Dialect dialect;
    private final ConnectionPool pool;
    private final StoryIndex index;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Object writeLock = new Object();
    private long lastSeq;
    private int uncommitted;
    private long lastCommit = System.nanoTime();

    private EventStore(Path dataDir, String url) throws IOException, SQLException {
        this.dataDir = dataDir;
        this.dialect = Dialect.of(url);
        this.pool = new ConnectionPool(url, dialect.connectionProperties(), 8);
        try {
            migrate(url);
            this.index = new StoryIndex(dataDir.resolve("lucene"));
        } catch (RuntimeException | IOException e) {
            pool.close();
            throw e;
        }
        catchUpIndex();
    }

    /**
     * Opens (creating if needed) the store of a data folder.
     *
     * @param dataDir folder for {@code rasid.db} and {@code lucene/}
     * @param jdbcUrl a {@code jdbc:postgresql:…} URL to keep the tables on a server, or null
     *                for the embedded SQLite file
     */
    public static EventStore open(Path dataDir, String jdbcUrl) throws IOException {
        Files.createDirectories(dataDir);
        String url = jdbcUrl == null || jdbcUrl.isBlank() ? Dialect.sqliteUrl(dataDir.resolve(SQLITE_FILE)) : jdbcUrl;
        try {
            return new EventStore(dataDir, url);
        } catch (SQLException e) {
            throw new IOException("cannot open the event store in " + dataDir + ": "
                    + String.valueOf(e.getMessage()).replaceAll("(?i)(password=)[^&\\s)]*", "$1***"));
        }
    }

    private void migrate(String url) throws SQLException {
        // a first pooled connection sets WAL mode (persistent in the file) before Flyway connects
        pool.give(pool.take());
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations(dialect.migrations)
                    .table("rasid_schema_history")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            // never echo a password from the URL into logs or terminals
            throw new SQLException("schema migration failed: "
                    + String.valueOf(e.getMessage()).replaceAll("(?i)(password=)[^&\\s)]*", "$1***"));
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** "sqlite" or "postgresql". */
    public String dialectName() {
        return dialect.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- writing

    /** The id of the stored document with this content hash, if any. */
    public Optional<String> documentWithHash(String contentHash) {
        return queryOne("SELECT id FROM documents WHERE content_hash = ?", rs -> rs.getString(1), contentHash);
    }

    public boolean hasDocument(String id) {
        return queryOne("SELECT 1 FROM documents WHERE id = ?", rs -> 1, id).isPresent();
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
     *
     * @return the number of events newly stored
     */
    public int addAll(List<DocumentResult> results, List<String> hashes) {
        if (results.size() != hashes.size()) {
            throw new IllegalArgumentException("one content hash per document");
        }
        synchronized (writeLock) {
            long seq = 0;
            long before = 0;
            int added = 0;
            Connection c = take();
            try {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM documents");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    before = rs.getLong(1);
                }
                for (int i = 0; i < results.size(); i++) {
                    added += insertDocument(c, results.get(i), hashes.get(i));
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM documents")) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        seq = rs.getLong(1);
                    }
                }
                c.commit();
            } catch (SQLException | JsonProcessingException e) {
                rollback(c);
                throw new IllegalStateException("could not store document " + results.get(0).document().id()
                        + (results.size() > 1 ? " and " + (results.size() - 1) + " more" : "") + ": " + e.getMessage(), e);
            } finally {
                pool.give(c);
            }
            try {
                if (!index.isOpen()) {
                    // taking the index over (first write, or after another process wrote): first
                    // index what a crashed writer stored but never indexed
                    index.tryLock();
                    long held = index.indexedSeq();
                    if (held < before) {
                        reindex(held, before);
                    }
                }
                for (DocumentResult r : results) {
                    indexDocument(r.document().id(), r.document().text(), storedStories(r), r.events());
                }
                lastSeq = Math.max(lastSeq, seq);
                uncommitted += results.size();
                if (System.nanoTime() - lastCommit > COMMIT_NANOS) {
                    index.commit(lastSeq);
                    uncommitted = 0;
                    lastCommit = System.nanoTime();
                }
            } catch (IOException e) {
                // the SQL rows are safe; the index is repaired from them on the next open
                throw new UncheckedIOException("stored documents but could not index them: " + e.getMessage(), e);
            }
            return added;
        }
    }

    private int insertDocument(Connection c, DocumentResult result, String contentHash)
            throws SQLException, JsonProcessingException {
        Document d = result.document();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO documents (id, content_hash, source, title, url, outlet, published, charset, text,"
                        + " warnings, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            bind(ps, d.id(), contentHash, d.source(), d.title(), d.url(), d.outlet(), d.published(),
                    d.charset(), d.text(), result.warnings() == null || result.warnings().isEmpty() ? null
                            : String.join("\n", result.warnings()), Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            c.rollback();
            if (documentWithHash(contentHash).isPresent() || hasDocument(d.id())) {
                throw new IllegalStateException("document already stored: " + d.id());
            }
            throw e;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO stories (doc, idx, title, section, dateline, outlet, published, start_off, end_off,"
                        + " duplicate_of) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Story s : result.stories()) {
                bind(ps, d.id(), s.index(), s.title(), s.section(), s.dateline(), s.outlet(), s.published(),
                        s.span().start(), s.span().end(), s.duplicateOf());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return insertEvents(c, d, result.stories(), result.events());
    }

    private int insertEvents(Connection c, Document d, List<Story> stories, List<Event> events)
            throws SQLException, JsonProcessingException {
        int added = 0;
        try (PreparedStatement ev = c.prepareStatement(
                "INSERT INTO events (id, doc, story, acled_type, acled_sub_type, cameo, event_class, actor1, actor2,"
                        + " location_ar, admin1, admin2, latitude, longitude, event_date, event_day, fatalities,"
                        + " confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING");
             PreparedStatement body = c.prepareStatement("INSERT INTO event_bodies (event_id, body) VALUES (?,?)");
             PreparedStatement act = c.prepareStatement(
                     "INSERT INTO event_actors (actor, event_id) VALUES (?,?) ON CONFLICT DO NOTHING");
             PreparedStatement men = c.prepareStatement(
                     "INSERT INTO mentions (event_id, role, start_off, end_off, text) VALUES (?,?,?,?,?)");
             PreparedStatement src = c.prepareStatement(
                     "INSERT INTO sources (event_id, doc, story, outlet, published, url) VALUES (?,?,?,?,?,?)")) {
            for (Event e : events) {
                Story story = e.story() >= 0 && e.story() < stories.size() ? stories.get(e.story()) : null;
                bind(ev, e.id(), e.doc() == null ? d.id() : e.doc(), e.story(), e.acledType(), e.acledSubType(),
                        e.cameo(), eventClass(e), e.actor1(), e.actor2(), e.locationAr(), e.admin1(),
                        e.admin2(), e.latitude(), e.longitude(), e.eventDate(), eventDay(e, story, d), e.fatalities(),
                        e.confidence());
                if (ev.executeUpdate() == 0) {
                    continue;
                }
                added++;
                bind(body, e.id(), json.writeValueAsString(e));
                body.executeUpdate();
                for (String a : actors(e)) {
                    bind(act, a, e.id());
                    act.addBatch();
                }
                act.executeBatch();
                Evidence evidence = e.evidence();
                if (evidence != null && evidence.spans() != null) {
                    for (Evidence.Part p : evidence.spans()) {
                        bind(men, e.id(), p.role(), p.start(), p.end(), p.text());
                        men.addBatch();
                    }
                    men.executeBatch();
                }
                List<Source> sources = e.sources() == null || e.sources().isEmpty()
                        ? List.of(new Source(d.id(), e.story(), outlet(story, d), published(story, d), d.url()))
                        : e.sources();
                for (Source s : sources) {
                    bind(src, e.id(), s.doc(), s.story(), s.outlet(), s.published(), s.url());
                    src.addBatch();
                }
                src.executeBatch();
            }
        }
        return added;
    }

    /** Makes everything added so far searchable and durable in the index. */
    public void flush() {
        synchronized (writeLock) {
            try {
                index.commit(lastSeq);
                uncommitted = 0;
            } catch (IOException e) {
                throw new UncheckedIOException("could not commit the search index: " + e.getMessage(), e);
            }
        }
    }

    /** Commits and unlocks the index so another process may write to this data folder. */
    public void release() {
        synchronized (writeLock) {
            try {
                index.release(lastSeq);
                uncommitted = 0;
            } catch (IOException e) {
                throw new UncheckedIOException("could not commit the search index: " + e.getMessage(), e);
            }
        }
    }

    private void indexDocument(String docId, String text, List<StoredStory> stories, List<Event> events)
            throws IOException {
        for (StoredStory s : stories) {
            int start = Math.max(0, Math.min(s.start(), text.length()));
            int end = Math.max(start, Math.min(s.end(), text.length()));
            index.addStory(docId, s.index(), s.title(), s.outlet(), s.published(), text.substring(start, end));
        }
        for (Event e : events) {
            StoredStory story = null;
            for (StoredStory s : stories) {
                story = s.index() == e.story() ? s : story;
            }
            java.util.Set<String> outlets = new java.util.LinkedHashSet<>();
            if (e.sources() != null) {
                e.sources().forEach(x -> add(outlets, x.outlet()));
            }
            if (outlets.isEmpty() && story != null) {
                add(outlets, story.outlet());
            }
            index.addEvent(new EventFacets(e.id(), eventDay(e, story == null ? null : story.published()), e.admin1(),
                    e.admin2(), eventClass(e), e.cameo(), e.acledSubType(), actors(e), outlets, e.latitude(),
                    e.longitude()), eventText(e));
        }
    }

    private static String eventText(Event e) {
        StringBuilder sb = new StringBuilder();
        if (e.evidence() != null && e.evidence().sentence() != null) {
            sb.append(e.evidence().sentence());
        }
        if (e.locationAr() != null) {
            sb.append('\n').append(e.locationAr());
        }
        return sb.toString();
    }

    private static List<StoredStory> storedStories(DocumentResult r) {
        List<StoredStory> out = new ArrayList<>();
        Document d = r.document();
        for (Story s : r.stories()) {
            out.add(new StoredStory(d.id(), s.index(), s.title(), s.section(), s.dateline(), outlet(s, d),
                    published(s, d), s.span().start(), s.span().end(), s.duplicateOf()));
        }
        return out;
    }

    /** Re-indexes documents the SQL store holds but the index missed (a crash between commits). */
    private void catchUpIndex() throws IOException {
        long held = index.indexedSeq();
        long max = queryOne("SELECT COALESCE(MAX(seq), 0) FROM documents", rs -> rs.getLong(1)).orElse(0L);
        lastSeq = max;
        if (held == max) {
            return;
        }
        if (!index.tryLock()) {
            return; // another process is writing this folder; it indexes what it stores
        }
        if (held > max) {
            index.clear(); // the database was replaced under an older index
            held = 0;
        }
        reindex(held, max);
        index.release(max);
    }

    /** Indexes the documents with held < seq ≤ upTo from the tables (idempotent). */
    private void reindex(long held, long upTo) throws IOException {
        List<Object[]> docs = queryAll("SELECT seq, id, text FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, held, upTo);
        for (Object[] row : docs) {
            String id = (String) row[1];
            List<StoredStory> stories = queryAll("SELECT " + STORY_COLS + " FROM stories WHERE doc = ? ORDER BY idx",
                    EventStore::story, id);
            List<Event> events = queryAll("SELECT b.body FROM events e JOIN event_bodies b ON b.event_id = e.id"
                    + " WHERE e.doc = ?", rs -> parse(rs.getString(1)), id);
            indexDocument(id, (String) row[2], stories, events);
        }
    }

    // ---------------------------------------------------------------- reading

    public StoreCounts counts() {
        return queryOne("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM stories),"
                + " (SELECT COUNT(*) FROM events)", rs -> new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .orElseThrow();
    }

    public Optional<Event> event(String id) {
        return queryOne("SELECT body FROM event_bodies WHERE event_id = ?", rs -> parse(rs.getString(1)), id);
    }

    /** Every report of an event: the documents and outlets it was read in. */
    public List<Source> sources(String eventId) {
        return queryAll("SELECT doc, story, outlet, published, url FROM sources WHERE event_id = ? ORDER BY published, doc",
                rs -> new Source(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                eventId);
    }

    public Optional<StoredDocument> document(String id) {
        return queryOne("SELECT id, source, title, url, outlet, published, charset, content_hash, ingested_at, text"
                        + " FROM documents WHERE id = ?",
                rs -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)), id);
    }

    private static final String STORY_COLS =
            "doc, idx, title, section, dateline, outlet, published, start_off, end_off, duplicate_of";

    private static StoredStory story(ResultSet rs) throws SQLException {
        return new StoredStory(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }

    public Optional<StoredStory> story(String doc, int index) {
        return queryOne("SELECT " + STORY_COLS + " FROM stories WHERE doc = ? AND idx = ?", EventStore::story, doc,
                index);
    }

    public List<StoredStory> stories(String doc) {
        return queryAll("SELECT " + STORY_COLS + " FROM stories WHERE doc = ? ORDER BY idx", EventStore::story, doc);
    }

    /** Events matching the query, newest day first, one page ({@code limit}, {@code offset}). */
    public List<Event> events(EventQuery q) {
        List<Event> out = new ArrayList<>();
        forEach(q, true, out::add);
        return out;
    }

    /** Every event matching the filters (limit and offset ignored), streamed: for exports. */
    public void forEachEvent(EventQuery q, Consumer<Event> sink) {
        forEach(q, false, sink);
    }

    private void forEach(EventQuery q, boolean paged, Consumer<Event> sink) {
        if (viaIndex(q)) {
            // a text query: the index filters and orders, the tables give the records
            try {
                int limit = paged ? q.limit() : Integer.MAX_VALUE - 1;
                int offset = paged ? q.offset() : 0;
                if (!paged) {
                    limit = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, index.eventCount(q)));
                }
                List<String> ids = index.eventPage(q, limit, offset);
                for (int i = 0; i < ids.size(); i += 500) {
                    List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
                    Map<String, Event> byId = new java.util.HashMap<>();
                    for (Event e : queryAll("SELECT body FROM event_bodies WHERE event_id IN ("
                            + "?,".repeat(chunk.size() - 1) + "?)", rs -> parse(rs.getString(1)), chunk.toArray())) {
                        byId.put(e.id(), e);
                    }
                    for (String id : chunk) {
                        Event e = byId.get(id);
                        if (e != null) {
                            sink.accept(e);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("search failed: " + e.getMessage(), e);
            }
            return;
        }
        EventFilter f = EventFilter.of(q);
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>(f.params());
        if (paged) {
            // pick the page on the narrow table first, then fetch only its bodies: sorting
            // thousands of matches with their JSON attached is what makes a page slow
            sql.append("SELECT b.body FROM (SELECT e.id, e.event_day FROM events e").append(f.where())
                    .append(" ORDER BY e.event_day DESC, e.id DESC LIMIT ? OFFSET ?) p")
                    .append(" JOIN event_bodies b ON b.event_id = p.id ORDER BY p.event_day DESC, p.id DESC");
            params.add(q.limit());
            params.add(q.offset());
        } else {
            sql.append("SELECT b.body FROM events e JOIN event_bodies b ON b.event_id = e.id").append(f.where())
                    .append(" ORDER BY e.event_day DESC, e.id DESC");
        }
        Connection c = take();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, params.toArray());
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(parse(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("event query failed: " + e.getMessage(), e);
        } finally {
            pool.give(c);
        }
    }

    public long countEvents(EventQuery q) {
        if (viaIndex(q)) {
            try {
                return index.eventCount(q);
            } catch (IOException e) {
                throw new UncheckedIOException("search failed: " + e.getMessage(), e);
            }
        }
        EventFilter f = EventFilter.of(q);
        return queryOne("SELECT COUNT(*) FROM events e" + f.where(), rs -> rs.getLong(1), f.params().toArray())
                .orElse(0L);
    }

    /** Counts by day, type, governorate and day×type for the events matching the filters. */
    public Stats stats(EventQuery q) {
        Map<String, Long> byDay = new TreeMap<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Long> byAdmin1 = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byDayType = new TreeMap<>();
        long[] total = {0};
        StoryIndex.FacetSink count = (day, type, admin1, n) -> {
            day = day == null ? "unknown" : day;
            type = type == null ? "unknown" : type;
            admin1 = admin1 == null ? "unknown" : admin1;
            total[0] += n;
            byDay.merge(day, n, Long::sum);
            byType.merge(type, n, Long::sum);
            byAdmin1.merge(admin1, n, Long::sum);
            byDayType.computeIfAbsent(day, k -> new TreeMap<>()).merge(type, n, Long::sum);
        };
        if (viaIndex(q)) {
            try {
                index.eventFacets(q, count);
            } catch (IOException e) {
                throw new UncheckedIOException("search failed: " + e.getMessage(), e);
            }
            return new Stats(total[0], byDay, sortByCount(byType), sortByCount(byAdmin1), byDayType);
        }
        EventFilter f = EventFilter.of(q);
        Object[] p = f.params().toArray();
        for (Object[] row : queryAll("SELECT e.event_day, e.event_class, e.admin1, COUNT(*) FROM events e" + f.where()
                + " GROUP BY e.event_day, e.event_class, e.admin1", rs -> new Object[] {rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getLong(4)}, p)) {
            String day = row[0] == null ? "unknown" : (String) row[0];
            String type = (String) row[1];
            String admin1 = row[2] == null ? "unknown" : (String) row[2];
            long n = (Long) row[3];
            total[0] += n;
            byDay.merge(day, n, Long::sum);
            byType.merge(type, n, Long::sum);
            byAdmin1.merge(admin1, n, Long::sum);
            byDayType.computeIfAbsent(day, k -> new TreeMap<>()).merge(type, n, Long::sum);
        }
        return new Stats(total[0], byDay, sortByCount(byType), sortByCount(byAdmin1), byDayType);
    }

    private static Map<String, Long> sortByCount(Map<String, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Whether the search index answers this query. It carries every filter field of every
     * event, so it answers text queries, and on SQLite (one data folder, one index beside its
     * tables) every query, faster than SQL; it sees what was committed (at most 5 s behind a
     * writer in another process). A PostgreSQL store may be fed from other folders, so there
     * plain filters stay in SQL.
     */
    private boolean viaIndex(EventQuery q) {
        return q.q() != null || dialect == Dialect.SQLITE;
    }

    /** Full-text search over stories (title and text), Arabic-analysed; best first. */
    public List<SearchHit> search(String q, int limit, int offset) {
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("search needs a query q");
        }
        if (limit < 1 || limit > 1000 || offset < 0 || offset > 10_000) {
            throw new IllegalArgumentException("search limit must be 1..1000 and offset 0..10000");
        }
        try {
            return index.stories(q, limit, offset);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** ACLED type, or "cameo:NN" for verbal events ACLED does not code. */
    static String eventClass(Event e) {
        if (e.acledType() != null) {
            return e.acledType();
        }
        return e.cameo() == null ? "unknown" : "cameo:" + e.cameo();
    }

    private static java.util.Set<String> actors(Event e) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        add(out, e.actor1());
        add(out, e.actor2());
        if (e.assocActor1() != null) {
            e.assocActor1().forEach(a -> add(out, a));
        }
        if (e.assocActor2() != null) {
            e.assocActor2().forEach(a -> add(out, a));
        }
        return out;
    }

    private static void add(java.util.Set<String> out, String actor) {
        if (actor != null && !actor.isBlank()) {
            out.add(actor);
        }
    }

    /** The day an event is counted under: its own date, else the day its story was published. */
    private static String eventDay(Event e, Story story, Document d) {
        return eventDay(e, published(story, d));
    }

    private static String eventDay(Event e, String published) {
        if (e.eventDate() != null && ISO_DAY.matcher(e.eventDate()).matches()) {
            return e.eventDate();
        }
        String p = published;
        return p != null && p.length() >= 10 && ISO_DAY.matcher(p.substring(0, 10)).matches() ? p.substring(0, 10)
                : null;
    }

    private static String outlet(Story s, Document d) {
        return s != null && s.outlet() != null ? s.outlet() : d.outlet();
    }

    private static String published(Story s, Document d) {
        return s != null && s.published() != null ? s.published() : d.published();
    }

    private Event parse(String body) {
        try {
            return json.readValue(body, Event.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Connection take() {
        try {
            return pool.take();
        } catch (SQLException e) {
            throw new IllegalStateException("database unavailable: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is dropped by the pool if broken
        }
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (v instanceof Double n) {
                ps.setDouble(i + 1, n);
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + v.getClass());
            }
        }
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> queryOne(String sql, Row<T> row, Object... params) {
        List<T> all = queryAll(sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
    }

    private <T> List<T> queryAll(String sql, Row<T> row, Object... params) {
        Connection c = take();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        } finally {
            pool.give(c);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            if (dialect == Dialect.SQLITE) {
                Connection c = null;
                try {
                    c = pool.take();
                    try (var st = c.createStatement()) {
                        // keeps the query planner's statistics fresh after large loads (cheap when nothing changed)
                        st.execute("PRAGMA optimize");
                    }
                } catch (SQLException e) {
                    // statistics are an optimisation only
                } finally {
                    if (c != null) {
                        pool.give(c);
                    }
                }
            }
            try {
                index.release(lastSeq);
                index.close();
            } finally {
                pool.close();
            }
        }
    }
}
