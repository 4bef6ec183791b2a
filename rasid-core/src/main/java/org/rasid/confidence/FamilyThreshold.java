package org.rasid.confidence;

import java.util.List;
import java.util.Map;

/**
 * Whether statements and acts want different cuts: the pair of thresholds (one for events whose
 * reports are verbal, "family=verbal", one for the rest) of 0, 0.05, ..., 0.95 that maximises the
 * pooled event F1 over out-of-fold probabilities, each gold set's F1 no lower than under the one
 * threshold given. A statement is judged on its speaker and addressee, an act on its place and
 * toll, so a probability may mean a different risk for each.
 */
public final class FamilyThreshold {
    /** The verbal and the act threshold with the pooled counts they give. */
    public record Pair(double verbal, double act, ThresholdChoice.Result result) {
    }

    private FamilyThreshold() {
    }

    /** True when the event's reports are statements (CAMEO roots, "family=verbal"). */
    public static boolean verbal(LabelledEvent e) {
        return e.reports().stream().anyMatch(r -> r.containsKey("family=verbal"));
    }

    /** The best pair; {@code single} is the one threshold it must beat on the pool and match on each set. */
    public static Pair best(List<LabelledEvent> events, double[] p, Map<String, Integer> requiredGold, double single) {
        int all = requiredGold.values().stream().mapToInt(Integer::intValue).sum();
        Pair best = new Pair(single, single, ThresholdChoice.at(single, events, p, all));
        for (int v = 0; v < 20; v++) {
            for (int a = 0; a < 20; a++) {
                double tv = v * 0.05;
                double ta = a * 0.05;
                double[] q = shifted(events, p, tv, ta);
                ThresholdChoice.Result r = ThresholdChoice.at(0.5, events, q, all);
                if (r.f1() > best.result().f1() + 1e-12 && noWorse(events, q, p, single, requiredGold)) {
                    best = new Pair(Math.round(tv * 100) / 100.0, Math.round(ta * 100) / 100.0, r);
                }
            }
        }
        return best;
    }

    /** The probabilities moved so that a cut at 0.5 is a cut at tv for statements and at ta for acts. */
    private static double[] shifted(List<LabelledEvent> events, double[] p, double tv, double ta) {
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double t = verbal(events.get(i % events.size())) ? tv : ta;
            q[i] = p[i] + 1e-9 >= t ? 1 : 0;
        }
        return q;
    }

    private static boolean noWorse(List<LabelledEvent> events, double[] q, double[] p, double single,
                                   Map<String, Integer> requiredGold) {
        for (Map.Entry<String, Integer> set : requiredGold.entrySet()) {
            if (ThresholdChoice.at(0.5, events, q, set.getKey(), set.getValue()).f1()
                    < ThresholdChoice.at(single, events, p, set.getKey(), set.getValue()).f1() - 1e-12) {
                return false;
            }
        }
        return true;
    }
}
