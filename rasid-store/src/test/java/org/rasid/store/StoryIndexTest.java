package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryIndexTest {
    @TempDir
    Path dir;

    static EventFacets facets(String id, String day, String admin1, String cls, String actor) {
        return new EventFacets(id, day, admin1, null, cls, null, null, List.of(actor), List.of("سانا"), null, null, null, 1);
    }

    @Test
    void readersSeeOnlyCommitsAndTheCommitRemembersTheSequence() throws Exception {
        try (StoryIndex index = new StoryIndex(dir)) {
            assertEquals(0, index.indexedSeq());
            index.addStory("d1", 0, "قصف على حلب", "سانا", "2018-09-04", "قصفت قوات النظام أحياء حلب الشرقية");
            assertEquals(0, index.count("story"), "not committed yet");
            index.commit(7);
            assertEquals(1, index.count("story"));
            assertEquals(7, index.indexedSeq());
            index.addStory("d1", 0, "قصف على حلب", "سانا", "2018-09-04", "نص جديد عن حلب");
            index.release(8);
            assertEquals(1, index.count("story"), "a story indexed again replaces itself");
            assertEquals(8, index.indexedSeq());
        }
    }

    @Test
    void oneWriterPerFolder() throws Exception {
        try (StoryIndex a = new StoryIndex(dir); StoryIndex b = new StoryIndex(dir)) {
            assertTrue(a.tryLock());
            assertFalse(b.tryLock());
            a.release(0);
            assertTrue(b.tryLock());
            b.release(0);
        }
    }

    @Test
    void eventsAreFilteredOrderedAndCountedByTheIndexAlone() throws Exception {
        try (StoryIndex index = new StoryIndex(dir)) {
            index.addEvent(facets("e1", "2018-09-03", "SY-HL", "Battles", "YPG"), "اشتباكات قرب ترندة بريف عفرين");
            index.addEvent(facets("e2", "2018-09-04", "SY-ID", "Battles", "HTS"), "اشتباكات في سرمين");
            index.addEvent(facets("e3", null, "SY-ID", "Protests", "CIVILIANS"), "وقفة احتجاجية في إدلب");
            index.commit(3);
            EventQuery all = EventQuery.fromParams(k -> null, 100);
            assertEquals(List.of("e2", "e1", "e3"), index.eventPage(all, 10, 0), "newest day first, no day last");
            EventQuery idlib = EventQuery.fromParams(Map.of("admin1", "SY-ID", "q", "اشتباكات")::get, 100);
            assertEquals(List.of("e2"), index.eventPage(idlib, 10, 0));
            assertEquals(1, index.eventCount(idlib));
            long[] total = {0};
            index.eventFacets(all, (day, cls, admin1, n) -> {
                total[0] += n;
                if (day == null) {
                    assertEquals("Protests", cls);
                }
            });
            assertEquals(3, total[0]);
        }
    }

    @Test
    void storiesAreFoundThroughArabicClitics() throws Exception {
        try (StoryIndex index = new StoryIndex(dir)) {
            index.addStory("d1", 0, null, null, null, "قصفت قوات النظام بلدة الزربة بريف حلب");
            index.addStory("d2", 0, null, null, null, "هدوء في درعا");
            index.commit(2);
            List<SearchHit> hits = index.stories("حلب", 10, 0);
            assertEquals(1, hits.size());
            assertEquals("d1", hits.get(0).doc());
        }
    }
}
