package org.rasid.episode;

import java.util.function.Function;
import java.util.function.Predicate;
import org.rasid.text.ArabicNormalizer;

/**
 * The filters of {@code rasid episodes} and {@code GET /api/episodes}; null means any.
 *
 * @param admin1 governorate code of the episode's main place
 * @param place  a place the episode's events name (Arabic, any spelling the normaliser folds) or a place id
 * @param kind   the episode kind (kinds.tsv)
 * @param from   episodes that last until this day or later (ISO date)
 * @param to     episodes that begin on this day or earlier (ISO date)
 */
public record EpisodeFilter(String admin1, String place, String kind, String from, String to)
        implements Predicate<Episode> {

    public EpisodeFilter {
        admin1 = blankToNull(admin1);
        place = blankToNull(place);
        kind = blankToNull(kind);
        from = day("from", from);
        to = day("to", to);
    }

    /** Reads the filters from named parameters: admin1, place, kind, from, to. */
    public static EpisodeFilter fromParams(Function<String, String> param) {
        return new EpisodeFilter(param.apply("admin1"), param.apply("place"), param.apply("kind"),
                param.apply("from"), param.apply("to"));
    }

    @Override
    public boolean test(Episode e) {
        if (admin1 != null && !admin1.equalsIgnoreCase(e.admin1())) {
            return false;
        }
        if (kind != null && !kind.equals(e.kind())) {
            return false;
        }
        if (place != null && !place.equals(e.placeId())
                && !e.places().contains(ArabicNormalizer.normalizeTerm(place))) {
            return false;
        }
        if (from != null && (e.to() == null || e.to().compareTo(from) < 0)) {
            return false;
        }
        return to == null || e.from() != null && e.from().compareTo(to) <= 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String day(String name, String value) {
        value = blankToNull(value);
        if (value != null && EpisodeBuilder.day(value) == null) {
            throw new IllegalArgumentException(name + " must be a date yyyy-mm-dd, got '" + value + "'");
        }
        return value;
    }
}
