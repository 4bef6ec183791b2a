package org.rasid.gazetteer;

import java.util.LinkedHashSet;
import java.util.Set;
import org.rasid.lexicon.DataFile;

/**
 * The country Rasid reports on and its neighbours (region.tsv): which admin1 codes are the home
 * country's governorates (ISO 3166-2, "SY-ID"), and which countries border it. Everything that
 * asks "is this place in the home country?" asks here, so pointing Rasid at another country is
 * a data change.
 */
public final class HomeRegion {
    private static volatile HomeRegion instance;

    private final String country;
    private final String admin1Prefix;
    private final Set<String> admin1Codes;
    private final Set<String> neighbours;

    HomeRegion(String file) {
        String home = null;
        Set<String> codes = new LinkedHashSet<>();
        Set<String> near = new LinkedHashSet<>();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            String code = row.get("code");
            if (!code.matches("[A-Z]{2}")) {
                throw row.error("code must be an ISO 3166-1 alpha-2 code, got '" + code + "'");
            }
            switch (row.get("role")) {
                case "home" -> {
                    if (home != null) {
                        throw row.error("a second home country: " + code);
                    }
                    home = code;
                    codes.addAll(row.list("admin1"));
                }
                case "neighbour" -> near.add(code);
                default -> throw row.error("role must be home or neighbour");
            }
        }
        if (home == null) {
            throw new IllegalArgumentException(file + ": no home country");
        }
        this.country = home;
        this.admin1Prefix = home + "-";
        for (String c : codes) {
            if (!c.startsWith(admin1Prefix)) {
                throw new IllegalArgumentException(file + ": admin1 " + c + " is not " + admin1Prefix + "xx");
            }
        }
        this.admin1Codes = Set.copyOf(codes);
        this.neighbours = Set.copyOf(near);
    }

    /** The region of region.tsv (read once; -Drasid.data / RASID_DATA may supply another). */
    public static HomeRegion get() {
        HomeRegion r = instance;
        if (r == null) {
            synchronized (HomeRegion.class) {
                r = instance;
                if (r == null) {
                    r = new HomeRegion("region.tsv");
                    instance = r;
                }
            }
        }
        return r;
    }

    /** ISO 3166-1 alpha-2 code of the home country ("SY"). */
    public String country() {
        return country;
    }

    /** Whether an admin1 code is one of the home country's governorates ("SY-ID"); false for null. */
    public boolean isHome(String admin1) {
        return admin1 != null && admin1.startsWith(admin1Prefix);
    }

    /** Whether an admin1 code is valid: a home governorate, or a country code elsewhere. */
    public boolean isValidAdmin1(String admin1) {
        return admin1Codes.contains(admin1) || admin1.matches("[A-Z]{2}");
    }

    /** Whether a country borders the home country. */
    public boolean isNeighbour(String countryCode) {
        return neighbours.contains(countryCode);
    }
}
