package org.rasid.store;

import java.util.Collection;

/** What the search index keeps of an event to filter and sort it. */
record EventFacets(String id, String day, String admin1, String admin2, String eventClass, String cameo,
                   String subType, Collection<String> actors, Collection<String> outlets, Double latitude,
                   Double longitude, Double confidence, int sources) {
}
