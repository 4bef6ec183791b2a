package org.rasid.confidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
    /**
     * 40 articles of 3 events, drawn with a fixed seed: an event placed precisely ("geo_precision=1")
     * is right with probability 0.85, one placed at a governorate with 0.15; "noise" is a coin tossed
     * apart from the label.
     */
    static List<LabelledEvent> handMade() {
        Random draw = new Random(42);
        List<LabelledEvent> out = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            for (int k = 0; k < 3; k++) {
                boolean precise = draw.nextBoolean();
                boolean right = draw.nextDouble() < (precise ? 0.85 : 0.15);
                Map<String, Double> f = draw.nextBoolean()
                        ? Map.of(precise ? "geo_precision=1" : "geo_precision=3", 1.0, "noise", 1.0)
                        : Map.of(precise ? "geo_precision=1" : "geo_precision=3", 1.0);
                out.add(new LabelledEvent("doc" + a, List.of(f), right, right));
            }
        }
        return out;
    }

    @Test
    void eachEventIsJudgedByAModelThatNeverSawItsArticle() {
        List<LabelledEvent> events = handMade();
        CrossValidation cv = new CrossValidation(events, 5, 7, 1);
        double[] p = cv.predict(Set.of("geo_precision="), 1.0);
        assertEquals(events.size(), p.length);
        for (int i = 0; i < p.length; i++) {
            boolean precise = events.get(i).reports().get(0).containsKey("geo_precision=1");
            assertTrue(precise ? p[i] > 0.6 : p[i] < 0.4, i + ": " + p[i]);
        }
        assertArrayEquals(p, new CrossValidation(events, 5, 7, 1).predict(Set.of("geo_precision="), 1.0),
                "the same seed deals the same folds");
        assertTrue(cv.brier(p) < cv.brier(cv.predict(Set.of(ConfidenceModel.BIAS), 1.0)),
                "the precision of the place separates right from wrong better than the mean");
    }

    @Test
    void repeatsJudgeEveryEventOncePerShuffle() {
        List<LabelledEvent> events = handMade();
        CrossValidation cv = new CrossValidation(events, 4, 1, 3);
        double[] p = cv.predict(Set.of(ConfidenceModel.BIAS), 1.0);
        assertEquals(3 * events.size(), p.length);
        assertEquals(events.get(5), cv.judged(events.size() + 5));
    }

    @Test
    void forwardSelectionKeepsTheFeatureThatPredictsAndLeavesTheNoise() {
        List<LabelledEvent> events = handMade();
        CrossValidation cv = new CrossValidation(events, 5, 7, 2);
        assertEquals(List.of("geo_precision=", "noise"), FeatureSelection.groups(events));
        List<String> log = new ArrayList<>();
        FeatureSelection.Choice c = FeatureSelection.forward(cv, FeatureSelection.groups(events), 1.0,
                List.of(0.3, 3.0), log::add);
        assertEquals(Set.of("geo_precision="), c.features(), String.join("\n", log));
        assertTrue(c.logLoss() < Math.log(2), "better than a coin: " + c.logLoss());
    }

    @Test
    void theThresholdCountsTheMissesItMakes() {
        // four events: two right (required) at 0.9 and 0.3, two wrong at 0.6 and 0.2; 4 required gold events
        List<LabelledEvent> events = List.of(
                new LabelledEvent("a", List.of(Map.of()), true, true),
                new LabelledEvent("a", List.of(Map.of()), true, true),
                new LabelledEvent("b", List.of(Map.of()), false, false),
                new LabelledEvent("b", List.of(Map.of()), false, false));
        double[] p = {0.9, 0.3, 0.6, 0.2};
        ThresholdChoice.Result all = ThresholdChoice.at(0, events, p, 4);
        assertEquals(2, all.tp());
        assertEquals(2, all.fp());
        assertEquals(2, all.fn());
        // at 0.25 the wrong 0.2 goes: F1 4/7; at 0.35 the right 0.3 goes too: F1 2/5; at 0.65 only 0.9 is left: 2/5
        ThresholdChoice.Result best = ThresholdChoice.best(events, p, 4);
        assertEquals(0.25, best.threshold(), 1e-9);
        assertEquals(4.0 / 7, best.f1(), 1e-9);
    }

    /**
     * Two gold sets of 30 articles: in set 0 "hint" marks right events, in set 1 it marks wrong ones
     * half as often as it marks right ones there, so pooled it still predicts but set 1 pays for it.
     */
    static List<LabelledEvent> twoSets() {
        Random draw = new Random(5);
        List<LabelledEvent> out = new ArrayList<>();
        for (int set = 0; set < 2; set++) {
            int articles = set == 0 ? 60 : 20;
            for (int a = 0; a < articles; a++) {
                for (int k = 0; k < 3; k++) {
                    boolean hint = draw.nextBoolean();
                    double rightShare = set == 0 ? (hint ? 0.9 : 0.2) : (hint ? 0.3 : 0.7);
                    boolean right = draw.nextDouble() < rightShare;
                    Map<String, Double> f = hint ? Map.of("hint", 1.0) : Map.of();
                    out.add(new LabelledEvent(set + ":doc" + a, List.of(f), right, right));
                }
            }
        }
        return out;
    }

    @Test
    void aGroupThatHelpsThePoolButHurtsOneGoldSetIsRefused() {
        List<LabelledEvent> events = twoSets();
        CrossValidation cv = new CrossValidation(events, 5, 7, 1);
        assertEquals(List.of("0", "1"), cv.sets());
        double[] bias = cv.predict(Set.of(ConfidenceModel.BIAS), 1.0);
        double[] hint = cv.predict(Set.of("hint"), 1.0);
        assertTrue(cv.logLoss(hint) < cv.logLoss(bias), "pooled, the hint predicts");
        assertTrue(cv.logLoss(hint, "1") > cv.logLoss(bias, "1"), "on set 1 it misleads");
        assertTrue(!cv.noWorseOnAnySet(hint, bias));
        List<String> log = new ArrayList<>();
        FeatureSelection.Choice c = FeatureSelection.forward(cv, List.of("hint"), 1.0, List.of(1.0), log::add);
        assertEquals(Set.of(ConfidenceModel.BIAS), c.features(), String.join("\n", log));
        assertTrue(String.join("\n", log).contains("refused hint"), String.join("\n", log));
    }

    @Test
    void aThresholdThatLowersOneGoldSetsF1IsRefused() {
        // set a: one right at 0.9, five wrong at 0.3 (a cut at 0.35 helps); set b: one right at 0.3 (the cut loses it)
        List<LabelledEvent> events = new ArrayList<>();
        events.add(new LabelledEvent("a:1", List.of(Map.of()), true, true));
        for (int i = 0; i < 5; i++) {
            events.add(new LabelledEvent("a:" + i, List.of(Map.of()), false, false));
        }
        events.add(new LabelledEvent("b:1", List.of(Map.of()), true, true));
        double[] p = {0.9, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3};
        assertEquals(0.35, ThresholdChoice.best(events, p, 2).threshold(), 1e-9, "pooled, 0.35 wins");
        assertEquals(0.0, ThresholdChoice.best(events, p, Map.of("a", 1, "b", 1), 0.0).threshold(), 1e-9);
        assertEquals(0.0, ThresholdChoice.best(events, p, Map.of("a", 1, "b", 1), 0.2).threshold(), 1e-9,
                "below the reference and as good on each set: the lower one");
        assertEquals(1.0, ThresholdChoice.at(0, events, p, "b", 1).f1(), 1e-9);
        assertEquals(0.0, ThresholdChoice.at(0.35, events, p, "b", 1).f1(), 1e-9);
    }

    @Test
    void statementsAndActsMayTakeTheirOwnCut() {
        // statements: right at 0.35, wrong at 0.3 and 0.3; acts: right at 0.5 and 0.45, wrong at 0.4 and 0.4
        Map<String, Double> said = Map.of("family=verbal", 1.0);
        Map<String, Double> act = Map.of("family=violence", 1.0);
        List<LabelledEvent> events = List.of(
                new LabelledEvent("a:1", List.of(said), true, true),
                new LabelledEvent("a:1", List.of(said), false, false),
                new LabelledEvent("a:2", List.of(said), false, false),
                new LabelledEvent("a:3", List.of(act), true, true),
                new LabelledEvent("a:3", List.of(act), true, true),
                new LabelledEvent("a:4", List.of(act), false, false),
                new LabelledEvent("a:4", List.of(act), false, false));
        double[] p = {0.35, 0.3, 0.3, 0.5, 0.45, 0.4, 0.4};
        assertTrue(FamilyThreshold.verbal(events.get(0)) && !FamilyThreshold.verbal(events.get(3)));
        FamilyThreshold.Pair pair = FamilyThreshold.best(events, p, Map.of("a", 3), 0.35);
        assertEquals(0.35, pair.verbal(), 1e-9);
        assertEquals(0.45, pair.act(), 1e-9);
        assertEquals(1.0, pair.result().f1(), 1e-9);
    }

    @Test
    void anEventIsAsConfidentAsItsBestReport() {
        ConfidenceModel m = new ConfidenceModel(Map.of("bias", 0.0, "geo_precision=1", 2.0));
        LabelledEvent merged = new LabelledEvent("a", List.of(Map.of(), Map.of("geo_precision=1", 1.0)), true, true);
        assertEquals(1 / (1 + Math.exp(-2)), merged.probability(m), 1e-12);
    }

    @Test
    void aNuisanceFittedOnTunedArticlesIsLeftOutOfTheirPredictions() {
        // half the articles are "studied": their events are right more often whatever their features say;
        // fitted with the nuisance and predicted without it, a studied event gets the level of the others
        List<LabelledEvent> events = new ArrayList<>();
        Random draw = new Random(3);
        for (int a = 0; a < 40; a++) {
            boolean studied = a % 2 == 0;
            for (int k = 0; k < 4; k++) {
                boolean right = draw.nextDouble() < (studied ? 0.8 : 0.4);
                Map<String, Double> f = studied ? Map.of("studied", 1.0) : Map.of();
                events.add(new LabelledEvent("doc" + a, List.of(f), right, right));
            }
        }
        CrossValidation cv = new CrossValidation(events, 5, 7, 1);
        double[] with = cv.predict(Set.of("studied"), 1.0);
        double[] without = cv.predict(Set.of("studied"), 1.0, Set.of("studied"));
        double studiedWith = 0;
        double studiedWithout = 0;
        double freshWithout = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).reports().get(0).containsKey("studied")) {
                studiedWith += with[i];
                studiedWithout += without[i];
            } else {
                freshWithout += without[i];
                assertEquals(with[i], without[i], 1e-12, "an unstudied event keeps its probability");
            }
        }
        assertTrue(studiedWith > studiedWithout + 0.1 * events.size() / 2, studiedWith + " " + studiedWithout);
        // each fold fits its own bias, so the two halves' means agree closely, not exactly
        assertEquals(freshWithout / 80, studiedWithout / 80, 0.02, "both scored at the unstudied articles' level");
    }
}
