package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * What the matching events hold, with how many events hold each value, most frequent first:
 * the pick-lists of the filters. Events without a value are not counted; an event counts once
 * per actor (either side) and once per outlet among its sources.
 */
public record Facets(@JsonProperty("by_sub_type") Map<String, Long> bySubType,
                     @JsonProperty("by_admin2") Map<String, Long> byAdmin2,
                     @JsonProperty("by_actor") Map<String, Long> byActor,
                     @JsonProperty("by_outlet") Map<String, Long> byOutlet) {
}
