package org.rasid.confidence;

import java.util.List;
import java.util.Map;

/**
 * One predicted event judged against gold, for calibration: the article it came from (folds keep
 * an article's events together), the features of each report merged into it, and whether it
 * matched a gold event, and a required one (an optional match is neither a hit nor a miss for F1).
 */
public record LabelledEvent(String article, List<Map<String, Double>> reports, boolean right, boolean required) {
    public LabelledEvent {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("an event without reports");
        }
        reports = List.copyOf(reports);
    }

    /**
     * The gold set the event was judged on: the part of the article id before the first ':'
     * (rasid calibrate names articles SET:DOC), "" when there is none.
     */
    public String set() {
        int colon = article.indexOf(':');
        return colon < 0 ? "" : article.substring(0, colon);
    }

    /** The event's confidence under a model: its most confident report's, as EventCombiner keeps. */
    public double probability(ConfidenceModel model) {
        double p = 0;
        for (Map<String, Double> r : reports) {
            p = Math.max(p, model.probability(r));
        }
        return p;
    }
}
