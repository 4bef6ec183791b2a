package org.rasid.events;

/**
 * "ريف عفرين" and "عفرين", "ريف درعا الشرقي" and "درعا": the countryside of a town (event_words.tsv
 * {@code region}: "ريف", "ريفي") lies around the town, not inside it, so a report from the countryside
 * and one from the town tell two places although one name holds the other. A village of the
 * countryside still lies inside it.
 */
final class Countryside {
    private Countryside() {
    }

    /** Whether one of two normalised place names is the countryside of the town the other names. */
    static boolean aroundEither(String a, String b) {
        return around(a, b) || around(b, a);
    }

    /** Whether {@code region} is the countryside ("ريف X", "ريف X الشرقي") of the town {@code town}. */
    static boolean around(String region, String town) {
        EventWords words = EventWords.standard();
        if (region == null || town == null || !words.startsWith("region", region) || words.startsWith("region", town)) {
            return false;
        }
        int space = region.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String rest = region.substring(space + 1);
        return rest.equals(town) || rest.startsWith(town + " ");
    }
}
