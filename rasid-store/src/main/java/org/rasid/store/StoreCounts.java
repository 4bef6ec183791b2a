package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much a store holds. */
public record StoreCounts(@JsonProperty("documents") long documents, @JsonProperty("stories") long stories,
                          @JsonProperty("events") long events) {
}
