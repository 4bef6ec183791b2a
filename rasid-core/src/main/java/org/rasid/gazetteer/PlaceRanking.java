package org.rasid.gazetteer;

import java.util.List;

/**
 * How the candidates of one name are ranked: the scorers, in the order their points are added,
 * and every weight they use, named here and nowhere else. A weight is in points; the best
 * candidate wins and its margin over the best one elsewhere sets the confidence.
 */
final class PlaceRanking {
    /** A candidate in the home country (region.tsv): Syrian news mostly names Syrian places. */
    static final double HOME_COUNTRY = 20;
    /** A candidate in a neighbouring country. */
    static final double NEIGHBOUR_COUNTRY = 5;
    /** The governorate a phrase after the name points at ("بريف إدلب") is the candidate's. */
    static final double ANCHOR_SAME_GOVERNORATE = 100;
    /** It is another governorate. */
    static final double ANCHOR_OTHER_GOVERNORATE = -30;
    /** Within this many km of the place a phrase points at ("شرق مدينة الرقة"), closer scores more. */
    static final double ANCHOR_NEAR_KM = 60;
    /** Points per km closer than {@link #ANCHOR_NEAR_KM}: (60 - km) / 3. */
    static final double ANCHOR_KM_PER_POINT = 3;
    /** Farther than {@link #ANCHOR_NEAR_KM} from the place pointed at. */
    static final double ANCHOR_FAR = -20;
    /** The story's section header ("حماة::") names the candidate's governorate. */
    static final double SECTION_GOVERNORATE = 40;
    /** The dateline ("سمارت-درعا") names the candidate's governorate. */
    static final double DATELINE_GOVERNORATE = 25;
    /** Per unambiguous place of the story in the candidate's governorate ... */
    static final double VOTE = 6;
    /** ... up to this many points. */
    static final double VOTES_MAX = 30;
    /** "منطقة X": an area, so a region or governorate rather than a street. */
    static final double AREA_CUE_REGION = 10;
    /** A kind word fits the candidate's kind ("بلدة" and a town). */
    static final double KIND_FITS = 15;
    /** A kind word ("بلدة") before a candidate that is a region or governorate. */
    static final double KIND_CONTRADICTS_AREA = -40;
    /** A bare name is the governorate or country ("إدلب" the province, "الكويت" the country). */
    static final double BARE_PROVINCE_OR_COUNTRY = 8;
    /** "ريف X": X is the governorate. */
    static final double COUNTRYSIDE_GOVERNORATE = 10;

    /** Population from which a foreign town counts without any cue. */
    static final long FOREIGN_TOWN = 50_000;
    /** Confidence of a chosen place: base, plus margin / MARGIN_SCALE up to MARGIN_MAX, plus a cue bonus. */
    static final double CONFIDENCE_BASE = 0.55;
    static final double MARGIN_SCALE = 150;
    static final double MARGIN_MAX = 0.4;
    /** The margin of a candidate with no rival elsewhere. */
    static final double MARGIN_ALONE = 60;
    static final double CUE_BONUS = 0.05;
    static final double CONFIDENCE_MAX = 0.95;
    /** Confidence of a village the gazetteer lacks, placed by a phrase after it or by the story only. */
    static final double UNKNOWN_ANCHORED = 0.5;
    static final double UNKNOWN_BY_CONTEXT = 0.4;

    /** The scorers in the order their points are summed (the order keeps sums bit-identical). */
    static final List<PlaceScorer> SCORERS = List.of(PlaceRanking::country, PlaceRanking::population,
            PlaceRanking::anchorGovernorate, PlaceRanking::anchorDistance, PlaceRanking::section,
            PlaceRanking::dateline, PlaceRanking::votes, PlaceRanking::kindCue, PlaceRanking::countryside);

    private PlaceRanking() {
    }

    /** The candidate's total over all scorers. */
    static double score(Place candidate, PlaceClues clues) {
        double s = 0;
        for (PlaceScorer scorer : SCORERS) {
            s += scorer.score(candidate, clues);
        }
        return s;
    }

    static double country(Place p, PlaceClues c) {
        return p.syrian() ? HOME_COUNTRY : HomeRegion.get().isNeighbour(p.country()) ? NEIGHBOUR_COUNTRY : 0;
    }

    /** Bigger places are named more often: log10 of the population (0..7). */
    static double population(Place p, PlaceClues c) {
        return Math.log10(p.population() + 1);
    }

    static double anchorGovernorate(Place p, PlaceClues c) {
        if (c.anchorAdmin1() == null) {
            return 0;
        }
        return c.anchorAdmin1().equals(p.admin1()) ? ANCHOR_SAME_GOVERNORATE : ANCHOR_OTHER_GOVERNORATE;
    }

    static double anchorDistance(Place p, PlaceClues c) {
        if (c.anchorPlace() == null || c.anchorPlace().precision() != 1) {
            return 0;
        }
        double d = p.kmTo(c.anchorPlace());
        return d < ANCHOR_NEAR_KM ? (ANCHOR_NEAR_KM - d) / ANCHOR_KM_PER_POINT : ANCHOR_FAR;
    }

    static double section(Place p, PlaceClues c) {
        return c.sectionAdmin1() != null && c.sectionAdmin1().equals(p.admin1()) ? SECTION_GOVERNORATE : 0;
    }

    static double dateline(Place p, PlaceClues c) {
        return c.datelineAdmin1() != null && c.datelineAdmin1().equals(p.admin1()) ? DATELINE_GOVERNORATE : 0;
    }

    static double votes(Place p, PlaceClues c) {
        return Math.min(VOTES_MAX, VOTE * c.votes().applyAsInt(p.admin1()));
    }

    static double kindCue(Place p, PlaceClues c) {
        if ("area".equals(c.kindCue())) {
            return p.precision() > 1 ? AREA_CUE_REGION : 0;
        }
        if (c.kindCue() != null) {
            return compatible(c.kindCue(), p.kind()) ? KIND_FITS : p.precision() > 1 ? KIND_CONTRADICTS_AREA : 0;
        }
        return p.kind().equals("governorate") || p.kind().equals("country") ? BARE_PROVINCE_OR_COUNTRY : 0;
    }

    static double countryside(Place p, PlaceClues c) {
        return c.countryside() && p.kind().equals("governorate") ? COUNTRYSIDE_GOVERNORATE : 0;
    }

    /** A confidence as written out: two decimals. */
    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** Whether a kind word (cues.tsv value) fits a gazetteer kind. */
    static boolean compatible(String cue, String kind) {
        return switch (cue) {
            case "city" -> kind.equals("city") || kind.equals("town");
            case "town", "village" -> kind.equals("town") || kind.equals("village") || kind.equals("city");
            case "neighbourhood" -> kind.equals("neighbourhood") || kind.equals("camp") || kind.equals("landmark");
            case StreetName.KIND -> kind.equals("neighbourhood") || kind.equals("landmark");
            case "camp" -> kind.equals("camp") || kind.equals("neighbourhood");
            case "airport", "base" -> kind.equals("airport") || kind.equals("base");
            case "subdistrict" -> !kind.equals("country") && !kind.equals("governorate");
            case "crossing" -> kind.equals("crossing") || kind.equals("town");
            default -> kind.equals(cue);
        };
    }
}
