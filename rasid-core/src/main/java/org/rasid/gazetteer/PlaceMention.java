package org.rasid.gazetteer;

import org.rasid.text.Span;

/**
 * A place named in a text, resolved in its context.
 *
 * @param span         original-text offsets of the whole mention ("ريف إدلب الجنوبي", "بلدة كفريا" → "كفريا")
 * @param locationAr   the place as written, normalised ("ريف ادلب الجنوبي", "كفريا")
 * @param place        the gazetteer place, or null for a village the gazetteer lacks whose
 *                     governorate the context gives ("قرية النملية بالريف الشمالي")
 * @param admin1       ISO 3166-2 (SY-xx) or country code; null for "Syria" as a whole
 * @param geoPrecision 1 exact place, 2 near a place or a district/region, 3 governorate/country
 * @param confidence   0..1, lower when the choice among homonyms or the context was weak
 */
public record PlaceMention(Span span, String locationAr, Place place, String admin1, String admin2,
                           Double latitude, Double longitude, int geoPrecision, double confidence) {
}
