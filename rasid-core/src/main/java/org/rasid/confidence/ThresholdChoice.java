package org.rasid.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The confidence below which events are best left out: the step of 0.05 that maximises event F1
 * over out-of-fold probabilities. Recall counts: the required gold events no prediction matched
 * at all are misses whatever the threshold, and every right event left out becomes one more.
 * Ties go to the lower threshold, which loses fewer events. Given the gold sets, a threshold that
 * lowers one set's F1 below the shipped threshold's is refused whatever it does to the pooled F1.
 */
public final class ThresholdChoice {
    private static final double STEP = 0.05;

    /** A threshold with the counts and F1 it gives. */
    public record Result(double threshold, int tp, int fp, int fn) {
        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    private ThresholdChoice() {
    }

    /**
     * The counts when events with probability below {@code t} are left out; {@code p} may hold
     * several repeats of the events (index r * events + i), counted as so many copies of the gold.
     */
    public static Result at(double t, List<LabelledEvent> events, double[] p, int requiredGold) {
        int tp = 0;
        int fp = 0;
        int repeats = events.isEmpty() ? 1 : p.length / events.size();
        for (int i = 0; i < p.length; i++) {
            LabelledEvent e = events.get(i % events.size());
            if (p[i] + 1e-9 < t) {
                continue;
            }
            if (!e.right()) {
                fp++;
            } else if (e.required()) {
                tp++;
            }
        }
        return new Result(t, tp, fp, repeats * requiredGold - tp);
    }

    /** The best threshold of 0, 0.05, ..., 0.95. */
    public static Result best(List<LabelledEvent> events, double[] p, int requiredGold) {
        Result best = at(0, events, p, requiredGold);
        for (int k = 1; k < 20; k++) {
            Result r = at(Math.round(k * STEP * 100) / 100.0, events, p, requiredGold);
            if (r.f1() > best.f1() + 1e-12) {
                best = r;
            }
        }
        return best;
    }

    /**
     * The best threshold of 0, 0.05, ..., 0.95 by pooled F1 among those that lower no gold set's F1
     * below what the {@code reference} threshold (the shipped one, always allowed) gives it;
     * {@code requiredGold} by set ({@link LabelledEvent#set}).
     */
    public static Result best(List<LabelledEvent> events, double[] p, Map<String, Integer> requiredGold,
                              double reference) {
        int all = requiredGold.values().stream().mapToInt(Integer::intValue).sum();
        Result best = at(reference, events, p, all);
        for (int k = 0; k < 20; k++) {
            double t = Math.round(k * STEP * 100) / 100.0;
            Result r = at(t, events, p, all);
            boolean better = r.f1() > best.f1() + 1e-12 || r.f1() > best.f1() - 1e-12 && t < best.threshold();
            if (better && noWorseOnAnySet(t, reference, events, p, requiredGold)) {
                best = r;
            }
        }
        return best;
    }

    /** The counts of one gold set's events when those below {@code t} are left out. */
    public static Result at(double t, List<LabelledEvent> events, double[] p, String set, int requiredGold) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).set().equals(set)) {
                idx.add(i);
            }
        }
        int repeats = events.isEmpty() ? 1 : p.length / events.size();
        List<LabelledEvent> sub = new ArrayList<>();
        double[] q = new double[repeats * idx.size()];
        idx.forEach(i -> sub.add(events.get(i)));
        for (int r = 0; r < repeats; r++) {
            for (int j = 0; j < idx.size(); j++) {
                q[r * idx.size() + j] = p[r * events.size() + idx.get(j)];
            }
        }
        return at(t, sub, q, requiredGold);
    }

    private static boolean noWorseOnAnySet(double t, double reference, List<LabelledEvent> events, double[] p,
                                           Map<String, Integer> requiredGold) {
        for (Map.Entry<String, Integer> set : requiredGold.entrySet()) {
            if (at(t, events, p, set.getKey(), set.getValue()).f1()
                    < at(reference, events, p, set.getKey(), set.getValue()).f1() - 1e-12) {
                return false;
            }
        }
        return true;
    }
}
