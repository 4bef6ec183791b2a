package org.rasid.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One report of an event: the document, the outlet that published it, and when. */
public record Source(@JsonProperty("doc") String doc, @JsonProperty("story") int story,
                     @JsonProperty("outlet") String outlet, @JsonProperty("published") String published,
                     @JsonProperty("url") String url) {
}
