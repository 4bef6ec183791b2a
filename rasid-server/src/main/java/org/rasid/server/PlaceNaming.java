package org.rasid.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.gazetteer.Gazetteer;
import org.rasid.model.Event;
import org.rasid.text.ArabicNormalizer;

/**
 * Places as the gazetteer writes them, for events whose evidence marks no place words: an
 * event's {@code location_ar} is normalised ("الرقه", "بصري"), so the UI shows instead the
 * gazetteer's own spelling of that name ("الرقة", "بصرى") when the event's place has a name
 * of the same normal form. A region the gazetteer does not name ("ريف حلب الشمالي" placed at
 * Aleppo) gets nothing: its place's name would say something else.
 */
final class PlaceNaming {
    private final Gazetteer gazetteer = Gazetteer.load();

    /** Event id → the gazetteer's spelling of its place name, for the events that have one. */
    Map<String, String> spellingsOf(List<Event> events) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Event e : events) {
            String s = spelling(e.placeId(), e.locationAr());
            if (s != null) {
                out.put(e.id(), s);
            }
        }
        return out;
    }

    /** The gazetteer's name of place {@code placeId} written as {@code normalised} normalises, or null. */
    String spelling(String placeId, String normalised) {
        if (placeId == null || normalised == null || normalised.isBlank()) {
            return null;
        }
        String key = ArabicNormalizer.normalizeTerm(normalised);
        for (String name : gazetteer.names(placeId)) {
            if (ArabicNormalizer.normalizeTerm(name).equals(key)) {
                return name;
            }
        }
        return null;
    }
}
