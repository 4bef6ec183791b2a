package org.rasid.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
    /** n events with the feature, k of them right; m without it, j right. */
    private static List<LogisticFit.Example> sample(int n, int k, int m, int j) {
        List<LogisticFit.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LogisticFit.Example(Map.of("actor1", 1.0), i < k));
        }
        for (int i = 0; i < m; i++) {
            out.add(new LogisticFit.Example(Map.of(), i < j));
        }
        return out;
    }

    @Test
    void unpenalisedItReproducesTheObservedShares() {
        // 80 of 100 events with a named actor1 were right, 20 of 100 without
        ConfidenceModel m = LogisticFit.fit(sample(100, 80, 100, 20), 0);
        assertEquals(0.8, m.probability(Map.of("actor1", 1.0)), 1e-6);
        assertEquals(0.2, m.probability(Map.of()), 1e-6);
        assertEquals(Math.log(4), m.weight("actor1") + m.weight("bias"), 1e-6);
    }

    @Test
    void thePenaltyShrinksARareFeatureButKeepsTheMean() {
        // one event with the feature, and it was right: unpenalised its weight would be infinite
        ConfidenceModel m = LogisticFit.fit(sample(1, 1, 99, 33), 1.0);
        assertTrue(m.weight("actor1") > 0 && m.weight("actor1") < 2, String.valueOf(m.weight("actor1")));
        double mean = (m.probability(Map.of("actor1", 1.0)) + 99 * m.probability(Map.of())) / 100;
        assertEquals(0.34, mean, 1e-6, "the unpenalised bias keeps the mean prediction at the share right");
    }

    @Test
    void nothingToFitIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(List.of(), 1.0));
    }
}
