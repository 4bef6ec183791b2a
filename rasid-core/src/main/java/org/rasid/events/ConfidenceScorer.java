package org.rasid.events;

import java.util.Map;
import org.rasid.confidence.ConfidenceModel;

/**
 * The confidence of an event: the probability, 0.0001..0.9999, that it is right, given its
 * {@link ConfidenceFeatures} and a model fitted on gold ({@code rasid calibrate}, confidence.tsv).
 * A recording scorer also hands every event's features to a sink, which is how calibration learns them.
 *
 * <p>The standard model weighs only the hand-set {@link #ruleScore}: its probability rises with
 * it, so reports rank as they always did and EventMerger, which keeps the most confident report
 * of a group, still keeps the same one. Four decimals keep two rule scores apart.
 */
public final class ConfidenceScorer {
    /** Receives the features of each event coded, by event id. */
    public interface FeatureSink {
        void accept(String eventId, Map<String, Double> features);
    }

    private static final double RULE_BASE = 0.45;
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

    /** Whether an event of this confidence passes the model's cut, the default below which events are left out. */
    boolean shown(double confidence) {
        return confidence >= model.threshold();
    }

    static double round(double p) {
        return Math.round(Math.max(0.0001, Math.min(0.9999, p)) * 10000) / 10000.0;
    }

    /**
     * The hand-set score of the rules, 0.05..0.99 in steps of 0.01: a base raised by the trigger's
     * priority, a named actor1, a place and a date in the sentence, lowered for background, and
     * scaled by the place's own confidence.
     */
    static double ruleScore(Candidate c, boolean actor1, boolean placeInSentence, boolean dated,
                            double placeConfidence) {
        double conf = RULE_BASE + Math.min(c.t().trigger().priority(), 100) / 400.0
                + (actor1 ? 0.1 : 0) + (placeInSentence ? 0.1 : -0.1) + (dated ? 0.05 : 0)
                + (c.modality() == Modality.BACKGROUND ? -0.1 : 0);
        conf = Math.max(0.05, Math.min(0.99, conf * (0.5 + 0.5 * placeConfidence)));
        return Math.round(conf * 100) / 100.0;
    }
}
