package org.rasid.events;

import org.rasid.model.Evidence;

/**
 * When an event took place.
 *
 * @param mention   the date mention of the sentence read for it, or null (the story's date was used)
 * @param date      ISO date or month, or null when unknown
 * @param precision ACLED's time precision (1 day, 2 week, 3 month); 0 when date is null
 * @param part      evidence for the date, or null
 */
record Dating(Arguments.Date mention, String date, int precision, Evidence.Part part) {
}
