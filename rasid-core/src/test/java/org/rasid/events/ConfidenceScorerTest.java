package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.confidence.ConfidenceModel;

class ConfidenceScorerTest {
    private static final HandBuilt H = new HandBuilt("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.");
    private static final ConfidenceModel MODEL = new ConfidenceModel(Map.of("bias", -1.0, "actor1", 2.0,
            "place_in_sentence", 1.0, "modality=background", -3.0));

    private static Map<String, Double> features(Modality m, boolean actor1, boolean placeInSentence) {
        Candidate c = H.candidate("قصفت", m);
        ActorAssignment who = new ActorAssignment(null, null, actor1 ? "SYR_GOV" : null, null, List.of());
        Dating when = new Dating(null, "2018-03-01", 1, null);
        Toll toll = new Toll(null, null, null, null, null, List.of(), List.of());
        Arguments.Place p = new Arguments.Place(null, "كفرنبل", null, "SY-ID", null, null, null, 1, 0.9);
        return ConfidenceFeatures.withPlace(ConfidenceFeatures.of(c, 1, 0, who, when, toll, 1), p, placeInSentence,
                ConfidenceScorer.ruleScore(c, actor1, placeInSentence, true, 0.9));
    }

    @Test
    void theFeaturesOfACodedEventAreNamedAsInConfidenceTsv() {
        Map<String, Double> f = features(Modality.OCCURRED, true, true);
        assertEquals(1.0, f.get("actor1"));
        assertEquals(1.0, f.get("family=violence"), f.toString());
        assertEquals(1.0, f.get("modality=occurred"));
        assertEquals(1.0, f.get("lead_sentence"));
        assertEquals(1.0, f.get("geo_precision=1"));
        assertEquals(0.9, f.get("place_confidence"));
        assertTrue(!f.containsKey("actor2") && !f.containsKey("toll_known"), f.toString());
        // a place from the story is at best a district (geo_precision 2), as the event says
        assertEquals(1.0, features(Modality.OCCURRED, true, false).get("geo_precision=2"));
    }

    @Test
    void theScoreIsTheModelsRoundedProbability() {
        Map<String, String> seen = new HashMap<>();
        ConfidenceScorer scorer = ConfidenceScorer.recording(MODEL, (id, f) -> seen.put(id, f.keySet().toString()));
        double full = scorer.score("e1", features(Modality.OCCURRED, true, true));
        assertEquals(0.8808, full); // 1 / (1 + e^-(−1 + 2 + 1))
        double bare = scorer.score("e2", features(Modality.OCCURRED, false, false));
        assertEquals(0.2689, bare); // bias only
        double background = scorer.score("e3", features(Modality.BACKGROUND, true, true));
        assertTrue(background < full, background + " vs " + full);
        assertEquals(3, seen.size());
        assertTrue(seen.get("e1").contains("actor1"));
    }

    @Test
    void itStaysWithinBounds() {
        ConfidenceScorer sure = ConfidenceScorer.recording(new ConfidenceModel(Map.of("bias", 50.0)), (id, f) -> { });
        ConfidenceScorer doubtful = ConfidenceScorer.recording(new ConfidenceModel(Map.of("bias", -50.0)),
                (id, f) -> { });
        assertEquals(0.9999, sure.score("x", Map.of()));
        assertEquals(0.0001, doubtful.score("x", Map.of()));
    }
}
