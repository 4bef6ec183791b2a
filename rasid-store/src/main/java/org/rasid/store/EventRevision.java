package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change to an event: {@code created} by a report, {@code source_joined} (a report of
 * {@code doc} joined it), {@code corrected} by an analyst ({@code author}, {@code reason});
 * {@code changes} maps each changed field to {from, to}.
 */
public record EventRevision(@JsonProperty("rev") int rev, @JsonProperty("at") String at,
                            @JsonProperty("kind") String kind, @JsonProperty("doc") String doc,
                            @JsonProperty("author") String author, @JsonProperty("reason") String reason,
                            @JsonProperty("changes") JsonNode changes) {
}
