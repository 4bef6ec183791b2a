package org.rasid.eval;

/**
 * The fields of an event the scorer compares, from a gold or a predicted JSON line.
 *
 * @param line     1-based line of the event in its file, to point at it in reports
 * @param optional gold only: a debatable event, neither a miss when unmatched nor a false
 *                 positive's match
 */
public record ScoredEvent(int line, String doc, String acledType, String acledSubType, String cameo,
                          String actor1, String actor2, String locationAr, String admin1, Integer geoPrecision,
                          String eventDate, Integer fatalities, boolean optional) {

    /** The event class: the ACLED type, or "CAMEO nn" (root code) for verbal events ACLED does not code. */
    public String eventClass() {
        if (acledType != null && !acledType.isBlank()) {
            return acledType;
        }
        if (cameo != null && !cameo.isBlank()) {
            String c = cameo.strip();
            return "CAMEO " + (c.length() > 2 ? c.substring(0, 2) : c);
        }
        return "unclassified";
    }
}
