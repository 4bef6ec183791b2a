package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A document as stored: its metadata and its original text, which every offset refers to. */
public record StoredDocument(@JsonProperty("id") String id, @JsonProperty("source") String source,
                             @JsonProperty("title") String title, @JsonProperty("url") String url,
                             @JsonProperty("outlet") String outlet, @JsonProperty("published") String published,
                             @JsonProperty("charset") String charset, @JsonProperty("content_hash") String contentHash,
                             @JsonProperty("ingested_at") String ingestedAt, @JsonProperty("text") String text) {
}
