/**
 * Places. In: normalised text of a region and its story (section header, dateline). Out:
 * {@link org.rasid.gazetteer.PlaceMention}s with gazetteer place, admin1/admin2, coordinates,
 * geo precision and confidence. Data: gazetteer/geonames.tsv, supplement.tsv, cues.tsv and
 * region.tsv ({@code HomeRegion}); the ranking of homonyms is {@code PlaceRanking}.
 */
package org.rasid.gazetteer;
