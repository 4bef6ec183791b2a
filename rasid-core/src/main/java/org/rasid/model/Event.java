package org.rasid.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The event record of DESIGN.md. Field names in JSON are fixed: they are the contract with
 * the store, the exports, the web UI and the evaluation.
 */
@JsonPropertyOrder(alphabetic = false)
public record Event(
        @JsonProperty("id") String id,
        @JsonProperty("doc") String doc,
        @JsonProperty("story") int story,
        @JsonProperty("acled_type") String acledType,
        @JsonProperty("acled_sub_type") String acledSubType,
        @JsonProperty("cameo") String cameo,
        @JsonProperty("quad_class") Integer quadClass,
        @JsonProperty("actor1") String actor1,
        @JsonProperty("actor2") String actor2,
        @JsonProperty("assoc_actor1") List<String> assocActor1,
        @JsonProperty("assoc_actor2") List<String> assocActor2,
        @JsonProperty("location_ar") String locationAr,
        @JsonProperty("place_id") String placeId,
        @JsonProperty("admin1") String admin1,
        @JsonProperty("admin2") String admin2,
        @JsonProperty("latitude") Double latitude,
        @JsonProperty("longitude") Double longitude,
        @JsonProperty("geo_precision") Integer geoPrecision,
        @JsonProperty("event_date") String eventDate,
        @JsonProperty("time_precision") Integer timePrecision,
        @JsonProperty("fatalities") Integer fatalities,
        @JsonProperty("fatalities_text") String fatalitiesText,
        @JsonProperty("injured") Integer injured,
        @JsonProperty("arrested") Integer arrested,
        @JsonProperty("displaced") Integer displaced,
        @JsonProperty("reported_by") List<String> reportedBy,
        @JsonProperty("evidence") Evidence evidence,
        @JsonProperty("confidence") double confidence,
        @JsonProperty("sources") List<Source> sources,
        @JsonProperty("claims") List<CasualtyClaim> claims,
        @JsonProperty("merged_from") List<String> mergedFrom,
        @JsonProperty("merge_reasons") List<String> mergeReasons) {

    /**
     * The actors on either side, in no order, each once: a meeting or a clash told from either
     * side ("التقى بوتين الأسد", "التقى الأسد بوتين") has the same parties. Not a JSON field.
     */
    public Set<String> parties() {
        Set<String> out = new HashSet<>();
        if (actor1 != null) {
            out.add(actor1);
        }
        if (actor2 != null) {
            out.add(actor2);
        }
        return out;
    }
}
