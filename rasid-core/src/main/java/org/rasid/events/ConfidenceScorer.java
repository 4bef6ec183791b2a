package org.rasid.events;

import java.util.Map;
import org.rasid.confidence.ConfidenceModel;

/**
 * The confidence of an event: the probability, 0.01..0.99 in steps of 0.01, that it is right,
 * given its {@link ConfidenceFeatures} and a model fitted on gold ({@code rasid calibrate},
 * confidence.tsv). A recording scorer also hands every event's features to a sink, which is how
 * calibration learns them.
 */
public final class ConfidenceScorer {
    /** Receives the features of each event coded, by event id. */
    public interface FeatureSink {
        void accept(String eventId, Map<String, Double> features);
    }

    private static final ConfidenceScorer STANDARD = new ConfidenceScorer(ConfidenceModel.standard(), null);

    private final ConfidenceModel model;
    private final FeatureSink sink;

    private ConfidenceScorer(ConfidenceModel model, FeatureSink sink) {
        this.model = model;
        this.sink = sink;
    }

    /** Scores with confidence.tsv. */
    public static ConfidenceScorer standard() {
        return STANDARD;
    }

    /** Scores with {@code model} and tells {@code sink} every event's features. */
    public static ConfidenceScorer recording(ConfidenceModel model, FeatureSink sink) {
        return new ConfidenceScorer(model, sink);
    }

    double score(String eventId, Map<String, Double> features) {
        if (sink != null) {
            sink.accept(eventId, features);
        }
        return round(model.probability(features));
    }

    static double round(double p) {
        return Math.round(Math.max(0.01, Math.min(0.99, p)) * 100) / 100.0;
    }
}
