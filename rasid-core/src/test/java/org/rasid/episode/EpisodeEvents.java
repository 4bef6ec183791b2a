package org.rasid.episode;

import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;

/** Hand-built events for the episode tests: a class, a place, a day and an evidence sentence. */
final class EpisodeEvents {
    /** Daraa al-Balad, Kafriya, Harasta and Duma as the gazetteer places them. */
    static final double[] DARAA_BALAD = {32.6148, 36.1052};
    static final double[] KAFRIYA = {35.9833, 36.7333};
    static final double[] HARASTA = {33.55869, 36.36515};
    static final double[] DUMA = {33.5711, 36.4011};

    private EpisodeEvents() {
    }

    static Event event(String id, String date, String type, String subType, String cameo, String place,
                       double[] at, String outlet, String sentence) {
        return new Event(id, "doc-" + id, 0, type, subType, cameo, null, null, null, List.of(), List.of(), place,
                place == null ? null : "sy:" + id, at == null ? null : "SY-XX", null,
                at == null ? null : at[0], at == null ? null : at[1], at == null ? null : 1, date,
                date == null ? null : 1, null, null, null, null, null, List.of(),
                new Evidence(sentence, 0, sentence.length(), List.of()), 0.8,
                List.of(new Source("doc-" + id, 0, outlet, date, null)), List.of(), List.of(id), List.of());
    }

    static Event agreement(String id, String date, String place, double[] at, String outlet, String sentence) {
        return event(id, date, "Strategic developments", "Agreement", "05", place, at, outlet, sentence);
    }

    static Event verbal(String id, String date, String cameo, String place, double[] at, String sentence) {
        return event(id, date, null, null, cameo, place, at, "outlet", sentence);
    }
}
