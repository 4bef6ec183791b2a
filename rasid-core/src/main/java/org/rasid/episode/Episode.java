package org.rasid.episode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.rasid.model.Event;

/**
 * A storyline: events linked by place and time that one set of rules (a track of
 * episodes/kinds.tsv) reads as one siege, offensive, negotiation, truce or deal.
 *
 * @param id       "ep-" and 16 hex digits, from the track and the first event's id
 * @param label    the kind's name in English, {@code labelAr} in Arabic (kinds.tsv)
 * @param place    the place its events name most often (as written, normalised)
 * @param from     first day of its dated events, null when none is dated
 * @param state    its last state ({@code stateAr} in Arabic); {@code closed} when that state ended it
 * @param outlets  the outlets that reported its events
 * @param places   the places its events name, most frequent first; not a place of weak-places.tsv nor a governorate
 * @param states   its state timeline, in order
 * @param eventIds its events in order (date, then story order)
 * @param events   the same events, for the API's episode page; not in the JSON line
 */
public record Episode(@JsonProperty("id") String id,
                      @JsonProperty("kind") String kind,
                      @JsonProperty("label") String label,
                      @JsonProperty("label_ar") String labelAr,
                      @JsonProperty("track") String track,
                      @JsonProperty("place") String place,
                      @JsonProperty("place_id") String placeId,
                      @JsonProperty("admin1") String admin1,
                      @JsonProperty("latitude") Double latitude,
                      @JsonProperty("longitude") Double longitude,
                      @JsonProperty("from") String from,
                      @JsonProperty("to") String to,
                      @JsonProperty("state") String state,
                      @JsonProperty("state_ar") String stateAr,
                      @JsonProperty("closed") boolean closed,
                      @JsonProperty("event_count") int eventCount,
                      @JsonProperty("documents") int documents,
                      @JsonProperty("outlets") List<String> outlets,
                      @JsonProperty("places") List<String> places,
                      @JsonProperty("states") List<EpisodeState> states,
                      @JsonProperty("event_ids") List<String> eventIds,
                      @JsonIgnore List<Event> events) {
}
