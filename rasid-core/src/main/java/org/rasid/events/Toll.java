package org.rasid.events;

import org.rasid.model.Evidence;
import org.rasid.model.CasualtyClaim;
import java.util.List;

/**
 * The human toll of one event: figures are null when unknown; fatalitiesText is the toll as
 * written ("عدد من"); claims keep each figure with who reported it; parts are the evidence.
 */
record Toll(Integer fatalities, String fatalitiesText, Integer injured, Integer arrested, Integer displaced,
            List<CasualtyClaim> claims, List<Evidence.Part> parts) {
}
