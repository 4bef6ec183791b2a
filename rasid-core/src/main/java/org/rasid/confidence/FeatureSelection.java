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
 * its place on articles it was not fitted on, so few, well-supported features are kept, and on
 * every gold set: a group or a penalty that lowers the pooled log-loss but raises one set's is
 * refused, since the pooled figure is mostly the larger corpus's.
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

    /**
     * Forward selection over {@code candidates} at {@code selectionL2}, from bias only, then the best penalty of
     * {@code grid}. A group is added only if it lowers the pooled log-loss and is no worse on any gold set
     * ({@link CrossValidation#noWorseOnAnySet}).
     */
    public static Choice forward(CrossValidation cv, List<String> candidates, double selectionL2, List<Double> grid,
                                 Consumer<String> log) {
        return select(cv, Set.of(), candidates, false, selectionL2, grid, log);
    }

    /**
     * Stepwise selection that starts from the groups {@code start} (the shipped model's) and at each
     * step adds a group of {@code candidates} or drops one of the chosen, taking the move of lowest
     * pooled log-loss among those no worse on any gold set, while it gains {@link #MIN_GAIN}; then the
     * penalty. Starting from the shipped groups, the choice is never worse on a set than they are.
     */
    public static Choice stepwise(CrossValidation cv, Set<String> start, List<String> candidates, double selectionL2,
                                  List<Double> grid, Consumer<String> log) {
        return select(cv, start, candidates, true, selectionL2, grid, log);
    }

    /** Forward ({@code drops} false) or stepwise selection from {@code start}: see {@link #stepwise}. */
    private static Choice select(CrossValidation cv, Set<String> start, List<String> candidates, boolean drops,
                                 double selectionL2, List<Double> grid, Consumer<String> log) {
        Set<String> chosen = new LinkedHashSet<>(start);
        double[] current = cv.predict(chosen.isEmpty() ? Set.of(ConfidenceModel.BIAS) : chosen, selectionL2);
        double best = cv.logLoss(current);
        log.accept(String.format(Locale.ROOT, "start %s: CV log-loss %.4f (%s)",
                chosen.isEmpty() ? "bias only" : new TreeSet<>(chosen), best, bySet(cv, current)));
        while (true) {
            String move = null;
            double[] moveP = null;
            double moveLoss = Double.MAX_VALUE;
            String refused = null;
            double refusedLoss = Double.MAX_VALUE;
            List<String> moves = new ArrayList<>();
            candidates.stream().filter(g -> !chosen.contains(g)).forEach(g -> moves.add("+" + g));
            if (drops) {
                chosen.stream().filter(g -> !g.equals(ConfidenceModel.BIAS)).forEach(g -> moves.add("-" + g));
            }
            for (String m : moves) {
                double[] p = cv.predict(after(chosen, m), selectionL2);
                double loss = cv.logLoss(p);
                if (!cv.noWorseOnAnySet(p, current)) {
                    if (loss < refusedLoss) {
                        refused = m;
                        refusedLoss = loss;
                    }
                } else if (loss < moveLoss) {
                    move = m;
                    moveP = p;
                    moveLoss = loss;
                }
            }
            if (refused != null && refusedLoss < moveLoss) {
                log.accept(String.format(Locale.ROOT, "  refused %s: pooled %.4f but worse on a gold set (%s)",
                        refused.startsWith("+") ? refused.substring(1) : refused, refusedLoss, bySet(cv, cv.predict(after(chosen, refused), selectionL2))));
            }
            if (move == null || best - moveLoss < MIN_GAIN) {
                log.accept(String.format(Locale.ROOT, "  stop: the best move no gold set loses by, %s, gives %.4f",
                        move, move == null ? Double.NaN : moveLoss));
                break;
            }
            Set<String> next = after(chosen, move);
            chosen.clear();
            chosen.addAll(next);
            current = moveP;
            best = moveLoss;
            log.accept(String.format(Locale.ROOT, "%s: CV log-loss %.4f (%s)", move, best, bySet(cv, current)));
        }
        if (chosen.isEmpty()) {
            chosen.add(ConfidenceModel.BIAS);
        }
        return penalty(cv, chosen, selectionL2, grid, log);
    }

    /** The groups after a move: "+g" adds g, "-g" drops it. */
    private static Set<String> after(Set<String> chosen, String move) {
        Set<String> s = new LinkedHashSet<>(chosen);
        if (move.startsWith("+")) {
            s.add(move.substring(1));
        } else {
            s.remove(move.substring(1));
        }
        return s;
    }

    /** The groups of {@code features} ("family=violence" -> "family="), sorted. */
    public static Set<String> groupsOf(Set<String> features) {
        Set<String> g = new TreeSet<>();
        features.forEach(f -> g.add(group(f)));
        g.remove(ConfidenceModel.BIAS);
        return g;
    }

    /**
     * The penalty of {@code grid} with the lowest cross-validated log-loss for these features, among
     * those no worse on any gold set than {@code reference} (which is always allowed).
     */
    public static Choice penalty(CrossValidation cv, Set<String> features, double reference, List<Double> grid,
                                 Consumer<String> log) {
        double[] ref = cv.predict(features, reference);
        Choice best = new Choice(Set.copyOf(features), reference, ref, cv.brier(ref), cv.logLoss(ref));
        for (double l2 : grid) {
            double[] p = l2 == reference ? ref : cv.predict(features, l2);
            Choice c = new Choice(Set.copyOf(features), l2, p, cv.brier(p), cv.logLoss(p));
            boolean allowed = cv.noWorseOnAnySet(p, ref);
            log.accept(String.format(Locale.ROOT, "l2 %.2f: CV Brier %.4f, log-loss %.4f (%s)%s", l2, c.brier(),
                    c.logLoss(), bySet(cv, p), allowed ? "" : ", worse on a gold set"));
            if (allowed && c.logLoss() < best.logLoss()) {
                best = c;
            }
        }
        return best;
    }

    /** The log-loss of each gold set, "set loss; ...". */
    public static String bySet(CrossValidation cv, double[] p) {
        List<String> out = new ArrayList<>();
        for (String set : cv.sets()) {
            out.add(String.format(Locale.ROOT, "%s %.4f", set, cv.logLoss(p, set)));
        }
        return String.join("; ", out);
    }
}
