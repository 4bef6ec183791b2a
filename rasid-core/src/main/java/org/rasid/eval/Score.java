package org.rasid.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring predicted events against gold events.
 *
 * @param overall    counts over all classes
 * @param byClass    counts per event class (ACLED type or "CAMEO nn"), sorted by name
 * @param attributes accuracy of sub-type, actor1, actor2, date and fatalities on matched pairs
 * @param pairs      every matched pair (gold line, predicted line)
 * @param misses     gold lines not matched (required gold only)
 * @param falsePositives predicted lines not matched
 * @param unscored   predicted events in documents the gold does not cover (not counted)
 */
public record Score(int gold, int goldOptional, int predicted, int unscored, Counts overall, Map<String, Counts> byClass,
                    Map<String, Accuracy> attributes, List<Pair> pairs, List<ScoredEvent> misses,
                    List<ScoredEvent> falsePositives) {

    /** True and false positives and false negatives of one class (or all). */
    public record Counts(int tp, int fp, int fn, int optionalMatched) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, optionalMatched + o.optionalMatched);
        }
    }

    /** How often an attribute agreed, over the matched pairs where it was compared. */
    public record Accuracy(int correct, int compared) {
        public double value() {
            return compared == 0 ? 0 : correct / (double) compared;
        }
    }

    public record Pair(ScoredEvent gold, ScoredEvent predicted) {
    }
}
