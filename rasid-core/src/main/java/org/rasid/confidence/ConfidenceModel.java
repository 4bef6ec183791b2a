package org.rasid.confidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasid.lexicon.DataFile;

/**
 * A logistic model of the probability that an event is right, from named features
 * (confidence.tsv, docs/data-formats.md): p = 1 / (1 + exp(-(sum of weight * value))). A feature
 * the file does not name weighs 0; "bias" is the feature every event has with value 1. The row
 * "min_confidence" is no feature: it is the threshold calibration chose, the default below which
 * extract and the views a user starts from leave events out (0 when the file has none).
 */
public final class ConfidenceModel {
    public static final String FILE = "confidence.tsv";
    public static final String BIAS = "bias";
    public static final String THRESHOLD = "min_confidence";
    private static final ConfidenceModel STANDARD = read(DataFile.readTsv(FILE));

    private final Map<String, Double> weights;
    private final double threshold;

    public ConfidenceModel(Map<String, Double> weights) {
        this(weights, 0);
    }

    public ConfidenceModel(Map<String, Double> weights, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("min_confidence must be 0..1: " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** The model of the jar's (or the {@code rasid.data} folder's) confidence.tsv, read once. */
    public static ConfidenceModel standard() {
        return STANDARD;
    }

    static ConfidenceModel read(List<DataFile.Row> rows) {
        Map<String, Double> w = new TreeMap<>();
        double threshold = 0;
        for (DataFile.Row r : rows) {
            try {
                if (r.get("feature").equals(THRESHOLD)) {
                    threshold = Double.parseDouble(r.get("weight"));
                    if (!(threshold >= 0 && threshold <= 1)) {
                        throw r.error("min_confidence must be 0..1: " + r.get("weight"));
                    }
                } else if (w.put(r.get("feature"), Double.parseDouble(r.get("weight"))) != null) {
                    throw r.error("feature named twice: " + r.get("feature"));
                }
            } catch (NumberFormatException e) {
                throw r.error("weight is not a number: " + r.get("weight"));
            }
        }
        return new ConfidenceModel(w, threshold);
    }

    /** The threshold calibration chose: events below it are left out unless the user asks for them. */
    public double threshold() {
        return threshold;
    }

    /** The same weights with another threshold. */
    public ConfidenceModel withThreshold(double t) {
        return new ConfidenceModel(weights, t);
    }

    /**
     * The model without a feature: a nuisance fitted to absorb a bias of the training articles (rasid
     * calibrate's {@code studied}) and left out of predictions, which are then at the level of the rest.
     */
    public ConfidenceModel without(String feature) {
        Map<String, Double> w = new TreeMap<>(weights);
        w.remove(feature);
        return new ConfidenceModel(w, threshold);
    }

    /** The features the model weighs, bias aside, sorted. */
    public SortedSet<String> features() {
        SortedSet<String> names = new TreeSet<>(weights.keySet());
        names.remove(BIAS);
        return names;
    }

    public double weight(String feature) {
        // not getOrDefault(feature, 0.0): that boxed a new 0.0 on every call, each feature of each event
        Double w = weights.get(feature);
        return w == null ? 0 : w;
    }

    /** The probability, 0..1, of an event with these feature values. */
    public double probability(Map<String, Double> features) {
        double z = weight(BIAS);
        for (Map.Entry<String, Double> f : features.entrySet()) {
            if (!f.getKey().equals(BIAS)) {
                z += weight(f.getKey()) * f.getValue();
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Writes the model as confidence.tsv: the column line, the comment lines given, one feature a line. */
    public void write(Writer out, List<String> comments) {
        try {
            out.write("#feature\tweight\n");
            for (String c : comments) {
                out.write("# " + c + "\n");
            }
            out.write(THRESHOLD + "\t" + String.format(Locale.ROOT, "%.2f", threshold) + "\n");
            for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
                out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
