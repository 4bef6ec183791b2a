package org.rasid.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What one source said about a toll: role killed/injured/arrested/displaced, its count and words. */
public record CasualtyClaim(@JsonProperty("doc") String doc, @JsonProperty("outlet") String outlet,
                            @JsonProperty("role") String role, @JsonProperty("count") Integer count,
                            @JsonProperty("text") String text) {
}
