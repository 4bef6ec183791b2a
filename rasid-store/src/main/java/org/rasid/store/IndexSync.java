package org.rasid.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.rasid.model.Event;
import org.rasid.pipeline.DocumentResult;

/**
 * Keeps the search index in step with the SQL tables, which are the truth. Documents are
 * indexed right after their SQL commit; the index is committed every few seconds with the
 * last document sequence number it holds, so after a crash (or another process's writes)
 * whatever the tables hold beyond that number is indexed again from them.
 */
final class IndexSync {
    /** The index is committed this often while adding (a crash loses nothing: see catchUp). */
    private static final long COMMIT_NANOS = 5_000_000_000L;
    static final String STORY_COLS =
            "doc, idx, title, section, dateline, outlet, published, start_off, end_off, duplicate_of";

    private final StoryIndex index;
    private final SqlRunner sql;
    private final EventJson json;
    private long lastSeq;
    private long lastCommit = System.nanoTime();

    IndexSync(StoryIndex index, SqlRunner sql, EventJson json) {
        this.index = index;
        this.sql = sql;
        this.json = json;
    }

    static StoredStory story(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredStory(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }

    /**
     * Indexes documents just committed to the tables as sequence numbers (before, after]. The
     * first time after taking the index over, it first indexes what a crashed or other writer
     * stored up to {@code before} but never indexed.
     */
    void added(List<DocumentResult> results, List<ReportMerger.Merged> merged, long before, long after)
            throws IOException {
        if (!index.isOpen()) {
            index.tryLock();
            long held = index.indexedSeq();
            if (held < before) {
                reindex(held, before);
            }
        }
        for (DocumentResult r : results) {
            indexStories(r.document().id(), r.document().text(), EventColumns.storedStories(r));
        }
        for (ReportMerger.Merged m : merged) {
            indexEvent(m.event(), m.day(), null);
        }
        lastSeq = Math.max(lastSeq, after);
        if (System.nanoTime() - lastCommit > COMMIT_NANOS) {
            commit();
        }
    }

    /** Re-indexes one event changed outside a document's ingest (an analyst's correction). */
    void changed(Event e, String day) throws IOException {
        regrouped(List.of(), Map.of(e, day));
    }

    /** Re-indexes events an analyst regrouped: the retired ids leave, the new events come in. */
    void regrouped(List<String> retired, Map<Event, String> events) throws IOException {
        if (!index.isOpen()) {
            index.tryLock();
            long held = index.indexedSeq();
            if (held < lastSeq) {
                reindex(held, lastSeq);
            }
        }
        for (String id : retired) {
            index.deleteEvent(id);
        }
        for (Map.Entry<Event, String> e : events.entrySet()) {
            indexEvent(e.getKey(), e.getValue(), null);
        }
        commit();
    }

    /** Makes everything indexed so far searchable and durable. */
    void commit() throws IOException {
        index.commit(lastSeq);
        lastCommit = System.nanoTime();
    }

    /** Commits and closes the index writer so another process may take it. */
    void release() throws IOException {
        index.release(lastSeq);
    }

    /**
     * Re-indexes what the tables hold beyond the index's last commit (a crash between commits),
     * or everything when the database was replaced under an older index. Skipped while another
     * process holds the folder's writer lock: that writer indexes what it stores itself.
     */
    void catchUp(long maxSeq, WriterLock writer) throws IOException {
        lastSeq = Math.max(lastSeq, maxSeq);
        long held = index.indexedSeq();
        if (held == maxSeq || !writer.tryAcquire()) {
            return;
        }
        try {
            if (!index.tryLock()) {
                return;
            }
            if (held > maxSeq) {
                index.clear();
                held = 0;
            }
            reindex(held, maxSeq);
            index.release(maxSeq);
        } finally {
            writer.release();
        }
    }

    /** Indexes the documents with held < seq ≤ upTo from the tables (idempotent). */
    private void reindex(long held, long upTo) throws IOException {
        List<Object[]> docs = sql.all("SELECT seq, id, text FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, held, upTo);
        for (Object[] row : docs) {
            String id = (String) row[1];
            List<StoredStory> stories = sql.all("SELECT " + STORY_COLS + " FROM stories WHERE doc = ? ORDER BY idx",
                    IndexSync::story, id);
            indexStories(id, (String) row[2], stories);
            // the events the document's reports belong to, wherever their best report comes from
            List<Object[]> events = sql.all("SELECT b.body, e.event_day FROM events e"
                    + " JOIN event_bodies b ON b.event_id = e.id WHERE e.doc = ?"
                    + " OR e.id IN (SELECT event_id FROM reports WHERE doc = ?)",
                    rs -> new Object[] {json.read(rs.getString(1)), rs.getString(2)}, id, id);
            for (Object[] ev : events) {
                Event e = (Event) ev[0];
                StoredStory story = null;
                for (StoredStory s : stories) {
                    story = s.index() == e.story() && id.equals(e.doc()) ? s : story;
                }
                indexEvent(e, (String) ev[1], story);
            }
        }
    }

    private void indexStories(String docId, String text, List<StoredStory> stories) throws IOException {
        for (StoredStory s : stories) {
            int start = Math.max(0, Math.min(s.start(), text.length()));
            int end = Math.max(start, Math.min(s.end(), text.length()));
            index.addStory(docId, s.index(), s.title(), s.outlet(), s.published(), text.substring(start, end));
        }
    }

    /** Indexes (or re-indexes) one event; story, when known, gives the outlet of an event without sources. */
    private void indexEvent(Event e, String day, StoredStory story) throws IOException {
        index.addEvent(new EventFacets(e.id(), day, e.admin1(), e.admin2(), EventColumns.eventClass(e), e.cameo(),
                e.acledSubType(), EventColumns.actors(e), EventColumns.outlets(e, story), e.latitude(), e.longitude(),
                e.confidence(), EventRows.sourceCount(e)), EventColumns.searchText(e));
    }
}
