package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What became of one document offered to the store.
 *
 * @param doc     the id it is stored under (may differ from the one offered, see {@link Ingester})
 * @param message why it was a duplicate or failed, else null
 */
public record IngestOutcome(@JsonProperty("doc") String doc, @JsonProperty("status") Status status,
                            @JsonProperty("stories") int stories, @JsonProperty("events") int events,
                            @JsonProperty("message") String message) {
    public enum Status { STORED, DUPLICATE, FAILED }
}
