/**
 * Dates of events. In: a story's normalised text, a region of it and the publication date (the
 * anchor). Out: {@link org.rasid.time.DateMention}s with an ISO date (day, week or month) and
 * ACLED time precision, or no date when the text does not fix one. {@code DateResolver} scans
 * the tokens, {@code TimeLexicon} reads time-words.tsv and months.tsv, {@code DateAnchor} does
 * the arithmetic against the anchor, {@code DurationMatcher} reads "منذ 15 يوما", {@code WeekSpan}
 * dates a relative week by its month when it lies in one.
 */
package org.rasid.time;
