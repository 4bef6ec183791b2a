package org.rasid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well confidences predict correctness: the Brier score (mean squared difference between
 * confidence and outcome, 0 is perfect) and a table of predicted against observed by bins of 0.1.
 */
public final class Reliability {
    /** One judged event: its confidence and whether it matched a gold event. */
    public record Outcome(double confidence, boolean right) {
    }

    private Reliability() {
    }

    public static double brier(List<Outcome> outcomes) {
        double sum = 0;
        for (Outcome o : outcomes) {
            double d = o.confidence() - (o.right() ? 1 : 0);
            sum += d * d;
        }
        return outcomes.isEmpty() ? 0 : sum / outcomes.size();
    }

    /** The outcomes of a score: matched predictions are right, false positives wrong. */
    public static List<Outcome> of(Score score, Map<Integer, Double> confidenceByLine) {
        List<Outcome> out = new ArrayList<>();
        for (Score.Pair p : score.pairs()) {
            out.add(new Outcome(confidenceByLine.getOrDefault(p.predicted().line(), 0.0), true));
        }
        for (ScoredEvent f : score.falsePositives()) {
            out.add(new Outcome(confidenceByLine.getOrDefault(f.line(), 0.0), false));
        }
        return out;
    }

    /** The table: bin, events, mean confidence, observed share right; then the Brier score. */
    public static String text(List<Outcome> outcomes) {
        int[] n = new int[10];
        int[] right = new int[10];
        double[] sum = new double[10];
        for (Outcome o : outcomes) {
            int b = Math.min(9, Math.max(0, (int) Math.floor(o.confidence() * 10)));
            n[b]++;
            sum[b] += o.confidence();
            right[b] += o.right() ? 1 : 0;
        }
        StringBuilder s = new StringBuilder("confidence  events  predicted  observed\n");
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                s.append(String.format(Locale.ROOT, "%.1f-%.1f  %8d  %9.3f  %8.3f%n", b / 10.0, (b + 1) / 10.0, n[b],
                        sum[b] / n[b], right[b] / (double) n[b]));
            }
        }
        s.append(String.format(Locale.ROOT, "Brier score %.4f over %d judged events%n", brier(outcomes),
                outcomes.size()));
        return s.toString();
    }
}
