package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetCollectorTest {
    @Test
    void countsEachDayClassAndGovernorateTripleMissingAsNull() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new ArabicSearchAnalyzer()))) {
                w.addDocument(IndexFields.event(StoryIndexTest.facets("a", "2018-09-03", "SY-HL", "Battles", "YPG"), "x"));
                w.addDocument(IndexFields.event(StoryIndexTest.facets("b", "2018-09-03", "SY-HL", "Battles", "FSA"), "x"));
                w.commit(); // a second segment: counts are flushed per segment and add up
                w.addDocument(IndexFields.event(StoryIndexTest.facets("c", "2018-09-03", "SY-HL", "Battles", "FSA"), "x"));
                w.addDocument(IndexFields.event(new EventFacets("d", null, null, null, "cameo:04", "04", null,
                        List.of(), List.of(), null, null, null, 1), "x"));
            }
            Map<String, Long> counts = new TreeMap<>();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                new IndexSearcher(r).search(new MatchAllDocsQuery(), new FacetCollector(
                        (day, cls, admin1, n) -> counts.merge(day + "|" + cls + "|" + admin1, n, Long::sum)));
            }
            assertEquals(Map.of("2018-09-03|Battles|SY-HL", 3L, "null|cameo:04|null", 1L), counts);
        }
    }
}
