package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceScorerTest {
    private static final HandBuilt H = new HandBuilt("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.");

    @Test
    void namedActorPlaceAndDateRaiseIt() {
        Candidate c = H.candidate("قصفت");
        double full = ConfidenceScorer.score(c, true, true, true, 1.0);
        double bare = ConfidenceScorer.score(c, false, false, false, 1.0);
        assertTrue(full > bare, full + " vs " + bare);
        assertEquals(Math.round(full * 100) / 100.0, full);
        assertEquals(0.35, Math.round((full - bare) * 100) / 100.0); // actor 0.1, place +0.1 vs -0.1, date 0.05
    }

    @Test
    void backgroundAndAWeakPlaceLowerItWithinBounds() {
        double occurred = ConfidenceScorer.score(H.candidate("قصفت"), true, true, true, 1.0);
        double background = ConfidenceScorer.score(H.candidate("قصفت", Modality.BACKGROUND), true, true, true, 1.0);
        assertTrue(background < occurred);
        double weak = ConfidenceScorer.score(H.candidate("قصفت"), false, false, false, 0.0);
        assertTrue(weak >= 0.05 && weak < background, String.valueOf(weak));
    }
}
