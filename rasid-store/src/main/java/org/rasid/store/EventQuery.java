package org.rasid.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Filters over stored events, shared by the HTTP API and the CLI export. Null means "any".
 *
 * @param from    first day (ISO yyyy-MM-dd), inclusive, on the event's day
 * @param to      last day, inclusive
 * @param type    ACLED event type, or "cameo:NN" for verbal events
 * @param actor   actor id on either side (actor1, actor2 or associated)
 * @param outlet  an outlet among the event's sources
 * @param q       full-text query over the evidence and its story (Arabic analyzer)
 * @param bbox    minLon, minLat, maxLon, maxLat
 * @param minConfidence events whose confidence (the probability that they are right) is at least this, 0..1
 * @param minSources events with at least this many sources (reports merged into them), 1 or more
 * @param ids     only these events (an episode's, say), sorted; null for any
 */
public record EventQuery(String from, String to, String admin1, String admin2, String type, String subType,
                         String actor, String outlet, String q, double[] bbox, Double minConfidence, Integer minSources,
                         List<String> ids, int limit, int offset) {
    public static final int MAX_LIMIT = 10_000;

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, MAX_LIMIT, 0);
    }

    public EventQuery {
        from = day("from", from);
        to = day("to", to);
        admin1 = blankToNull(admin1);
        admin2 = blankToNull(admin2);
        type = blankToNull(type);
        subType = blankToNull(subType);
        actor = blankToNull(actor);
        outlet = blankToNull(outlet);
        q = blankToNull(q);
        for (String v : new String[] {admin1, admin2, type, subType, actor, outlet, q}) {
            if (v != null && v.indexOf('\u0000') >= 0) {
                // SQLite ends a bound string at NUL: "HTS\0x" would filter as "HTS", "\0" as nothing at all
                throw new IllegalArgumentException("filter values must not contain NUL characters");
            }
        }
        if (bbox != null) {
            if (bbox.length != 4) {
                throw new IllegalArgumentException("bbox needs 4 numbers: minLon,minLat,maxLon,maxLat");
            }
            for (double v : bbox) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("bbox numbers must be finite");
                }
            }
            if (bbox[0] > bbox[2] || bbox[1] > bbox[3]) {
                throw new IllegalArgumentException("bbox min must not exceed max: minLon,minLat,maxLon,maxLat");
            }
            bbox = bbox.clone();
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("min_confidence must be a number 0..1, got " + minConfidence);
        }
        if (minSources != null && minSources < 1) {
            throw new IllegalArgumentException("min_sources must be 1 or more, got " + minSources);
        }
        if (ids != null) {
            ids = ids.stream().distinct().sorted().toList();
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be ≥ 0, got " + offset);
        }
    }

    /**
     * Reads the filters from named parameters (HTTP query string, CLI options): from, to,
     * admin1, admin2, type, sub_type, actor, outlet, q, bbox, min_confidence, min_sources, limit, offset.
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    public static EventQuery fromParams(Function<String, String> param, int defaultLimit) {
        return new EventQuery(param.apply("from"), param.apply("to"), param.apply("admin1"), param.apply("admin2"),
                param.apply("type"), param.apply("sub_type"), param.apply("actor"), param.apply("outlet"),
                param.apply("q"), bbox(param.apply("bbox")), probability("min_confidence", param.apply("min_confidence")),
                blankToNull(param.apply("min_sources")) == null ? null : integer("min_sources", param.apply("min_sources"), 1),
                null, integer("limit", param.apply("limit"), defaultLimit),
                integer("offset", param.apply("offset"), 0));
    }

    public EventQuery withPage(int newLimit, int newOffset) {
        return new EventQuery(from, to, admin1, admin2, type, subType, actor, outlet, q, bbox, minConfidence, minSources, ids,
                newLimit, newOffset);
    }

    /** The same filters narrowed to these events (those of an episode, say). */
    public EventQuery withIds(Collection<String> only) {
        return new EventQuery(from, to, admin1, admin2, type, subType, actor, outlet, q, bbox, minConfidence, minSources,
                List.copyOf(only), limit, offset);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String day(String name, String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date yyyy-MM-dd, got '" + clip(value) + "'");
        }
    }

    private static int integer(String name, String value, int dflt) {
        value = blankToNull(value);
        if (value == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + clip(value) + "'");
        }
    }

    private static Double probability(String name, String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        try {
            double p = Double.parseDouble(value);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // the message below names the parameter
        }
        throw new IllegalArgumentException(name + " must be a number 0..1, got '" + clip(value) + "'");
    }

    private static double[] bbox(String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox needs 4 numbers: minLon,minLat,maxLon,maxLat, got '" + clip(value) + "'");
        }
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox needs 4 numbers, got '" + clip(value) + "'");
            }
        }
        return out;
    }

    static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EventQuery[from=%s,to=%s,admin1=%s,admin2=%s,type=%s,sub_type=%s,actor=%s,outlet=%s,q=%s,min_confidence=%s,min_sources=%s]",
                from, to, admin1, admin2, type, subType, actor, outlet, q, minConfidence, minSources);
    }
}
