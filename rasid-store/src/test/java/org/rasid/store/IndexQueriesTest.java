package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexQueriesTest {
    private final IndexQueries queries = new IndexQueries(new ArabicSearchAnalyzer());

    @Test
    void filtersBecomeFilterClausesAndACameoRootPicksTheCameoField() {
        String q = queries.events(EventQuery.fromParams(Map.of("admin1", "SY-HL", "type", "04",
                "from", "2018-09-01")::get, 100)).toString();
        assertTrue(q.contains("#admin1:SY-HL") && q.contains("#cameo:04") && q.contains("#day:[2018-09-01 TO *]"), q);
        String byClass = queries.events(EventQuery.fromParams(Map.of("type", "Battles")::get, 100)).toString();
        assertTrue(byClass.contains("#class:Battles") && byClass.contains("+kind:event"), byClass);
    }

    @Test
    void textIsAnalysedAndLimitedToOneKind() {
        String q = queries.text("بحلب", IndexFields.STORY).toString();
        assertTrue(q.contains("#kind:story"), q);
        String stop = queries.text("في", IndexFields.STORY).toString();
        assertTrue(!stop.contains("text:") && !stop.contains("title:"), "a stop word alone matches no term: " + stop);
        String q2 = queries.text("وبالقصف", IndexFields.STORY).toString();
        assertTrue(q2.contains("text:قصف") && q2.contains("(title:قصف)^2.0"), q2);
    }

    @Test
    void hostileSyntaxIsRefusedBeforeParsing() {
        assertThrows(IllegalArgumentException.class,
                () -> queries.text("(".repeat(IndexQueries.MAX_NESTING + 1) + "حلب", IndexFields.STORY));
        assertThrows(IllegalArgumentException.class,
                () -> queries.text("ح".repeat(IndexQueries.MAX_QUERY_CHARS + 1), IndexFields.STORY));
    }
}
