package org.rasid.eval;

/**
 * The fields of an event the scorer compares, from a gold or a predicted JSON line.
 *
 * @param line     1-based line of the event in its file, to point at it in reports
 * @param optional gold only: a debatable event, neither a miss when unmatched nor a false
 *                 positive's match
 * @param evidence the words that report the event (gold "evidence", or a prediction's evidence
 *                 sentence), for error reports; may be null
 */
public record ScoredEvent(int line, String doc, String acledType, String acledSubType, String cameo,
                          String actor1, String actor2, String locationAr, String admin1, Integer geoPrecision,
                          String eventDate, Integer fatalities, boolean optional, String evidence) {

    public ScoredEvent(int line, String doc, String acledType, String acledSubType, String cameo, String actor1,
                       String actor2, String locationAr, String admin1, Integer geoPrecision, String eventDate,
                       Integer fatalities, boolean optional) {
        this(line, doc, acledType, acledSubType, cameo, actor1, actor2, locationAr, admin1, geoPrecision, eventDate,
                fatalities, optional, null);
    }

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
