package org.rasid.episode;

import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;

/** Hand-built events for the episode tests: a class, a place, a day and an evidence sentence. */
final class EpisodeEvents {
    /** Daraa al-Balad, Kafriya, Harasta, Duma and others as the gazetteer places them. */
    static final double[] DARAA_BALAD = {32.6148, 36.1052};
    static final double[] KAFRIYA = {35.998, 36.697};
    static final double[] FUAH = {35.972, 36.683};
    static final double[] HARASTA = {33.55869, 36.36515};
    static final double[] DUMA = {33.5711, 36.4011};
    static final double[] ARBIN = {33.53719, 36.36635};
    static final double[] JOBAR = {33.53, 36.332};
    static final double[] BABBILA = {33.47101, 36.33076};
    static final double[] YALDA = {33.462, 36.32};
    /** the capital, under its gazetteer id (episodes/weak-places.tsv) */
    static final double[] DAMASCUS = {33.5102, 36.29128};

    private EpisodeEvents() {
    }

    static Event event(String id, String date, String type, String subType, String cameo, String place,
                       double[] at, String outlet, String sentence) {
        return new Event(id, "doc-" + id, 0, type, subType, cameo, null, null, null, List.of(), List.of(), place,
                place == null ? null : at == DAMASCUS ? "gn:170654" : "sy:" + id, at == null ? null : "SY-XX", null,
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
