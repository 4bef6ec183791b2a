package org.rasid.confidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Chooses the features of the confidence model by cross-validation, never by held-out data:
 * forward selection of feature groups ("family=" stands for every family=X), each step adding
 * the group that lowers the cross-validated log-loss most, until no group lowers it by
 * {@link #MIN_GAIN}; then the L2 penalty of the grid with the lowest log-loss. A group must earn
 * its place on articles it was not fitted on, so few, well-supported features are kept.
 */
public final class FeatureSelection {
    /** The feature list that stands for every feature the coder gives. */
    public static final String ALL = "all";
    /** A group must lower the mean log-loss by this much to be added: less is noise of the folds. */
    static final double MIN_GAIN = 0.002;

    /** The chosen features and penalty, with their cross-validated figures. */
    public record Choice(Set<String> features, double l2, double[] predictions, double brier, double logLoss) {
    }

    private FeatureSelection() {
    }

    /** A feature's group: the part up to "=" of a one-of feature ("family=violence" -> "family="), else itself. */
    static String group(String feature) {
        int eq = feature.indexOf('=');
        return eq < 0 ? feature : feature.substring(0, eq + 1);
    }

    /** The groups of the features the events carry, bias aside, sorted. */
    public static List<String> groups(List<LabelledEvent> events) {
        Set<String> g = new TreeSet<>();
        for (LabelledEvent e : events) {
            e.reports().forEach(r -> r.keySet().forEach(f -> g.add(group(f))));
        }
        g.remove(ConfidenceModel.BIAS);
        return new ArrayList<>(g);
    }

    /** Forward selection over {@code candidates} at {@code selectionL2}, then the best penalty of {@code grid}. */
    public static Choice forward(CrossValidation cv, List<String> candidates, double selectionL2, List<Double> grid,
                                 Consumer<String> log) {
        Set<String> chosen = new LinkedHashSet<>();
        double best = cv.logLoss(cv.predict(Set.of(ConfidenceModel.BIAS), selectionL2));
        log.accept(String.format(Locale.ROOT, "bias only: CV log-loss %.4f", best));
        List<String> left = new ArrayList<>(candidates);
        while (!left.isEmpty()) {
            String pick = null;
            double pickLoss = Double.MAX_VALUE;
            String second = null;
            double secondLoss = Double.MAX_VALUE;
            for (String g : left) {
                Set<String> trial = new LinkedHashSet<>(chosen);
                trial.add(g);
                double loss = cv.logLoss(cv.predict(trial, selectionL2));
                if (loss < pickLoss) {
                    second = pick;
                    secondLoss = pickLoss;
                    pick = g;
                    pickLoss = loss;
                } else if (loss < secondLoss) {
                    second = g;
                    secondLoss = loss;
                }
            }
            if (best - pickLoss < MIN_GAIN) {
                log.accept(String.format(Locale.ROOT, "  stop: the best next group, %s, gives %.4f", pick, pickLoss));
                break;
            }
            chosen.add(pick);
            left.remove(pick);
            best = pickLoss;
            log.accept(String.format(Locale.ROOT, "+ %s: CV log-loss %.4f (next best %s %.4f)", pick, best, second,
                    secondLoss));
        }
        if (chosen.isEmpty()) {
            chosen.add(ConfidenceModel.BIAS);
        }
        return penalty(cv, chosen, grid, log);
    }

    /** The penalty of {@code grid} with the lowest cross-validated log-loss for these features. */
    public static Choice penalty(CrossValidation cv, Set<String> features, List<Double> grid, Consumer<String> log) {
        Choice best = null;
        for (double l2 : grid) {
            double[] p = cv.predict(features, l2);
            Choice c = new Choice(Set.copyOf(features), l2, p, cv.brier(p), cv.logLoss(p));
            log.accept(String.format(Locale.ROOT, "l2 %.2f: CV Brier %.4f, log-loss %.4f", l2, c.brier(),
                    c.logLoss()));
            if (best == null || c.logLoss() < best.logLoss()) {
                best = c;
            }
        }
        return best;
    }
}
