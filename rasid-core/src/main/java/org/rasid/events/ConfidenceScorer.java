package org.rasid.events;

/**
 * The confidence of an event, 0.05..0.99 in steps of 0.01: a base raised by the trigger's
 * priority, a named actor1, a place and a date in the sentence, lowered for background, and
 * scaled by the place's own confidence.
 */
final class ConfidenceScorer {
    private static final double BASE = 0.45;

    private ConfidenceScorer() {
    }

    static double score(Candidate c, boolean actor1, boolean placeInSentence, boolean dated, double placeConfidence) {
        double conf = BASE + Math.min(c.t().trigger().priority(), 100) / 400.0
                + (actor1 ? 0.1 : 0) + (placeInSentence ? 0.1 : -0.1) + (dated ? 0.05 : 0)
                + (c.modality() == Modality.BACKGROUND ? -0.1 : 0);
        conf = Math.max(0.05, Math.min(0.99, conf * (0.5 + 0.5 * placeConfidence)));
        return Math.round(conf * 100) / 100.0;
    }
}
