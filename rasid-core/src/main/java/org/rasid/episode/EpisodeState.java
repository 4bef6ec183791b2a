package org.rasid.episode;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One change of an episode's state and what caused it: the event, its day and its evidence
 * sentence with the sentence's [start, end) offsets in the event's document. {@code stateAr}
 * is the state's Arabic name (moves.tsv).
 */
public record EpisodeState(@JsonProperty("state") String state,
                           @JsonProperty("state_ar") String stateAr,
                           @JsonProperty("kind") String kind,
                           @JsonProperty("date") String date,
                           @JsonProperty("event") String event,
                           @JsonProperty("doc") String doc,
                           @JsonProperty("sentence") String sentence,
                           @JsonProperty("start") Integer start,
                           @JsonProperty("end") Integer end) {
}
