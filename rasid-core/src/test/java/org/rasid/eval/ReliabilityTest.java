package org.rasid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReliabilityTest {
    private static ScoredEvent event(int line, String doc, String admin1) {
        return new ScoredEvent(line, doc, "Battles", "Armed clash", "19", "FSA", "SYR_GOV", "عفرين", admin1, 2,
                "2018-03-01", null, false);
    }

    @Test
    void brierIsTheMeanSquaredError() {
        List<Reliability.Outcome> o = List.of(new Reliability.Outcome(0.9, true), new Reliability.Outcome(0.4, false));
        assertEquals((0.01 + 0.16) / 2, Reliability.brier(o), 1e-12);
    }

    @Test
    void matchedEventsAreRightFalsePositivesWrongWithTheirOwnConfidence() {
        List<ScoredEvent> gold = List.of(event(1, "d1", "SY-HL"));
        // line 1 matches the gold event; line 2 is in the same doc but another governorate
        List<ScoredEvent> pred = List.of(event(1, "d1", "SY-HL"), event(2, "d1", "SY-ID"));
        Score s = EventScorer.score(gold, pred);
        List<Reliability.Outcome> o = Reliability.of(s, Map.of(1, 0.75, 2, 0.35));
        assertEquals(List.of(new Reliability.Outcome(0.75, true), new Reliability.Outcome(0.35, false)), o);
        String table = Reliability.text(o);
        assertTrue(table.contains("0.7-0.8         1      0.750     1.000"), table);
        assertTrue(table.contains("0.3-0.4         1      0.350     0.000"), table);
        assertTrue(table.contains("Brier score 0.0925 over 2 judged events"), table);
    }
}
