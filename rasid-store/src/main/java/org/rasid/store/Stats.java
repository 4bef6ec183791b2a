package org.rasid.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Event counts for the filters given: in all, by day, by event class (ACLED type or
 * "cameo:NN"), by governorate, and by day and class (the timeline); beside them the reported
 * fatalities (ACLED's lowest figure per event) in all, by day, class and governorate. Events
 * without a known day or governorate are counted under "unknown"; the fatality maps hold only
 * keys with deaths.
 */
public record Stats(@JsonProperty("total") long total,
                    @JsonProperty("fatalities") long fatalities,
                    @JsonProperty("by_day") Map<String, Long> byDay,
                    @JsonProperty("by_type") Map<String, Long> byType,
                    @JsonProperty("by_admin1") Map<String, Long> byAdmin1,
                    @JsonProperty("by_day_type") Map<String, Map<String, Long>> byDayType,
                    @JsonProperty("fatalities_by_day") Map<String, Long> fatalitiesByDay,
                    @JsonProperty("fatalities_by_type") Map<String, Long> fatalitiesByType,
                    @JsonProperty("fatalities_by_admin1") Map<String, Long> fatalitiesByAdmin1) {
}
