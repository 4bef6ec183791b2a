package org.rasid.gazetteer;

import org.rasid.gazetteer.PlaceCues.Cue;
import org.rasid.text.PhraseMatcher.Match;

/**
 * A street, roundabout or square of a city ("شارع الثورة", "دوار الزراعة", "شارعي الثورة
 * وبغداد"): coders write its noun with its name, and a town or country of that name ("الثورة" the
 * Raqqa town, "بغداد") is not meant, so the name is a place of the city the context gives. Kind
 * cues of value {@value #KIND} in gazetteer/cues.tsv.
 */
final class StreetName {
    static final String KIND = "street";

    private StreetName() {
    }

    static boolean is(Match<Cue> kind) {
        return kind != null && KIND.equals(kind.values().get(0).value());
    }

    /**
     * The noun written before the name, or null: a street's own noun, in the singular for a dual
     * ("شارعي الثورة" is "شارع الثورة"); a later name of the list takes it only from a dual ("شارعي
     * الثورة وبغداد": "شارع بغداد"), since after a singular it is a place of its own ("دوار شيحان
     * والليرمون": the quarter).
     */
    static String noun(PlaceCues cues, Match<Cue> kind, boolean own) {
        if (!is(kind)) {
            return null;
        }
        String singular = cues.singularOfDual(kind.values().get(0));
        return singular != null ? singular : own ? kind.values().get(0).phrase() : null;
    }

    /** Whether the gazetteer's place cannot be the street named: a town, region or country of that name. */
    static boolean misread(Place best) {
        return best == null || !PlaceRanking.compatible(KIND, best.kind());
    }
}
