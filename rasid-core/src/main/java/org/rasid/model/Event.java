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

    /** This event with another confidence: the scorer's output once the story is coded. */
    public Event withConfidence(double p) {
        return new Event(id, doc, story, acledType, acledSubType, cameo, quadClass, actor1, actor2, assocActor1,
                assocActor2, locationAr, placeId, admin1, admin2, latitude, longitude, geoPrecision, eventDate,
                timePrecision, fatalities, fatalitiesText, injured, arrested, displaced, reportedBy, evidence, p,
                sources, claims, mergedFrom, mergeReasons);
    }

    /** This event at another place (name as written, gazetteer fields), with the evidence that names it. */
    public Event withPlace(String name, String id, String adm1, String adm2, Double lat, Double lon,
            Integer precision, Evidence ev) {
        return new Event(this.id, doc, story, acledType, acledSubType, cameo, quadClass, actor1, actor2,
                assocActor1, assocActor2, name, id, adm1, adm2, lat, lon, precision, eventDate, timePrecision,
                fatalities, fatalitiesText, injured, arrested, displaced, reportedBy, ev, confidence, sources, claims,
                mergedFrom, mergeReasons);
    }

    /** This event with other sides and date, as another telling of the same incident gives them. */
    public Event withSidesAndDate(String a1, String a2, String date, Integer precision, Evidence ev) {
        return new Event(id, doc, story, acledType, acledSubType, cameo, quadClass, a1, a2, assocActor1,
                assocActor2, locationAr, placeId, admin1, admin2, latitude, longitude, geoPrecision, date, precision,
                fatalities, fatalitiesText, injured, arrested, displaced, reportedBy, ev, confidence, sources, claims,
                mergedFrom, mergeReasons);
    }

    /** This event with other associates of each side (a renamed group's new id). */
    public Event withAssociates(List<String> assoc1, List<String> assoc2) {
        return new Event(id, doc, story, acledType, acledSubType, cameo, quadClass, actor1, actor2, assoc1, assoc2,
                locationAr, placeId, admin1, admin2, latitude, longitude, geoPrecision, eventDate, timePrecision,
                fatalities, fatalitiesText, injured, arrested, displaced, reportedBy, evidence, confidence, sources,
                claims, mergedFrom, mergeReasons);
    }

    /**
     * This event without a second side nor the words that named it, {@code assoc1} the first side's associates: a
     * side read wrongly (civilians in a battle, an unhurt strike) or an ally moved beside the first side.
     */
    public Event withoutActor2(List<String> assoc1) {
        return new Event(id, doc, story, acledType, acledSubType, cameo, quadClass, actor1, null, assoc1,
                assocActor2, locationAr, placeId, admin1, admin2, latitude, longitude, geoPrecision, eventDate,
                timePrecision, fatalities, fatalitiesText, injured, arrested, displaced, reportedBy,
                evidence.withParts("actor2", List.of()), confidence, sources, claims, mergedFrom, mergeReasons);
    }

    /** This event with a death toll, its claims and the victims' side the toll names. */
    public Event withToll(Integer dead, String deadText, String a2, List<CasualtyClaim> tollClaims, Evidence ev) {
        return new Event(id, doc, story, acledType, acledSubType, cameo, quadClass, actor1, a2, assocActor1,
                assocActor2, locationAr, placeId, admin1, admin2, latitude, longitude, geoPrecision, eventDate,
                timePrecision, dead, deadText, injured, arrested, displaced, reportedBy, ev, confidence, sources,
                tollClaims, mergedFrom, mergeReasons);
    }
}
