package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One story found by full-text search, with a snippet of its original text and the [start,end)
 * ranges of the matched words inside that snippet.
 */
public record SearchHit(@JsonProperty("doc") String doc, @JsonProperty("story") int story,
                        @JsonProperty("title") String title, @JsonProperty("outlet") String outlet,
                        @JsonProperty("published") String published, @JsonProperty("score") float score,
                        @JsonProperty("snippet") String snippet, @JsonProperty("highlights") List<int[]> highlights) {
}
