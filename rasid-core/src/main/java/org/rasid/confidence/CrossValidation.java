package org.rasid.confidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * K-fold cross-validation of a feature set and penalty over labelled events: articles are dealt
 * to folds by a seeded shuffle, so an article's events are never both fitted and judged and the
 * same seed gives the same folds. Each event gets the probability of the model fitted without its
 * fold. Repeating with further shuffles (seed, seed + 1, ...) judges every event once per repeat,
 * which steadies the figures a few hundred events give.
 */
public final class CrossValidation {
    private final List<LabelledEvent> events;
    private final int[][] foldOf;
    private final int folds;

    public CrossValidation(List<LabelledEvent> events, int folds, long seed, int repeats) {
        if (folds < 2 || repeats < 1) {
            throw new IllegalArgumentException("cross-validation needs 2 folds or more and 1 repeat or more");
        }
        this.events = List.copyOf(events);
        this.folds = folds;
        this.foldOf = new int[repeats][];
        List<String> sorted = new ArrayList<>(new TreeSet<>(events.stream().map(LabelledEvent::article).toList()));
        for (int r = 0; r < repeats; r++) {
            List<String> articles = new ArrayList<>(sorted);
            Collections.shuffle(articles, new Random(seed + r));
            Map<String, Integer> fold = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                fold.put(articles.get(i), i % folds);
            }
            foldOf[r] = events.stream().mapToInt(e -> fold.get(e.article())).toArray();
        }
    }

    public List<LabelledEvent> events() {
        return events;
    }

    /** The event judged at index i of {@link #predict}'s result. */
    public LabelledEvent judged(int i) {
        return events.get(i % events.size());
    }

    /** Each event's out-of-fold probability, repeat after repeat: index r * events + i. */
    public double[] predict(Set<String> features, double l2) {
        return predict(features, l2, Set.of());
    }

    /**
     * Each event's out-of-fold probability under the fold's model without the {@code nuisance} features
     * ({@link ConfidenceModel#without}): what the model as written would give the event.
     */
    public double[] predict(Set<String> features, double l2, Set<String> nuisance) {
        int n = events.size();
        double[] p = new double[foldOf.length * n];
        for (int r = 0; r < foldOf.length; r++) {
            for (int k = 0; k < folds; k++) {
                List<LogisticFit.Example> train = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (foldOf[r][i] != k) {
                        examples(events.get(i), features, train);
                    }
                }
                if (train.isEmpty()) {
                    continue; // fewer articles than folds: this fold judges nothing
                }
                ConfidenceModel m = LogisticFit.fit(train, l2);
                for (String f : nuisance) {
                    m = m.without(f);
                }
                for (int i = 0; i < n; i++) {
                    if (foldOf[r][i] == k) {
                        p[r * n + i] = events.get(i).probability(m);
                    }
                }
            }
        }
        return p;
    }

    /** The model fitted on every event. */
    public ConfidenceModel fit(Set<String> features, double l2) {
        List<LogisticFit.Example> all = new ArrayList<>();
        events.forEach(e -> examples(e, features, all));
        return LogisticFit.fit(all, l2);
    }

    /** One example a report, with the event's label, keeping only the named features ("all": every one). */
    private static void examples(LabelledEvent e, Set<String> features, List<LogisticFit.Example> out) {
        for (Map<String, Double> r : e.reports()) {
            out.add(new LogisticFit.Example(only(r, features), e.right()));
        }
    }

    static Map<String, Double> only(Map<String, Double> all, Set<String> names) {
        if (names.contains(FeatureSelection.ALL)) {
            return all;
        }
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Double> f : all.entrySet()) {
            if (names.contains(f.getKey()) || names.contains(FeatureSelection.group(f.getKey()))) {
                out.put(f.getKey(), f.getValue());
            }
        }
        return out;
    }

    /** The gold sets of the events ({@link LabelledEvent#set}), sorted. */
    public List<String> sets() {
        return new ArrayList<>(new TreeSet<>(events.stream().map(LabelledEvent::set).toList()));
    }

    /** Mean squared difference of probability and outcome. */
    public double brier(double[] p) {
        return brier(p, null);
    }

    /** The Brier score of one gold set's events ({@code set} null: of all). */
    public double brier(double[] p, String set) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if (set == null || judged(i).set().equals(set)) {
                double d = p[i] - (judged(i).right() ? 1 : 0);
                s += d * d;
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    /** Mean negative log-likelihood, probabilities kept within 0.0001..0.9999 as the scorer does. */
    public double logLoss(double[] p) {
        return logLoss(p, null);
    }

    /** The log-loss of one gold set's events ({@code set} null: of all). */
    public double logLoss(double[] p, String set) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if (set == null || judged(i).set().equals(set)) {
                double q = Math.max(0.0001, Math.min(0.9999, p[i]));
                s -= Math.log(judged(i).right() ? q : 1 - q);
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    /**
     * True when {@code p} is no worse than {@code than} on any gold set by log-loss: a pooled gain
     * may hide a loss on one corpus, and each corpus must be served.
     */
    public boolean noWorseOnAnySet(double[] p, double[] than) {
        for (String set : sets()) {
            if (logLoss(p, set) > logLoss(than, set) + 1e-12) {
                return false;
            }
        }
        return true;
    }
}
