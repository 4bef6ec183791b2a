package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A story as stored; {@code start}/{@code end} are offsets into its document's original text. */
public record StoredStory(@JsonProperty("doc") String doc, @JsonProperty("index") int index,
                          @JsonProperty("title") String title, @JsonProperty("section") String section,
                          @JsonProperty("dateline") String dateline, @JsonProperty("outlet") String outlet,
                          @JsonProperty("published") String published, @JsonProperty("start") int start,
                          @JsonProperty("end") int end, @JsonProperty("duplicate_of") int duplicateOf) {
}
