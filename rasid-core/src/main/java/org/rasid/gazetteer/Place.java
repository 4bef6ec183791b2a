package org.rasid.gazetteer;

/**
 * A place of the gazetteer.
 *
 * @param id         stable id: "gn:&lt;geonameid&gt;" for GeoNames rows, "sy:&lt;slug&gt;" for curated Syrian
 *                   places, "adm1:SY-xx" for governorates, "cc:XX" for countries
 * @param nameAr     display name in Arabic as written in the data (not normalised)
 * @param kind       country, governorate, region, district, subdistrict, city, town, village,
 *                   neighbourhood, camp, airport, crossing, base, landmark
 * @param admin1     ISO 3166-2 code (SY-ID …) for Syrian places, ISO 3166-1 alpha-2 elsewhere,
 *                   null for Syria as a whole
 * @param admin2     district (Syria), or null
 * @param population GeoNames population, 0 when unknown
 * @param source     "geonames:&lt;id&gt;" when the coordinates come from GeoNames, else "curated"
 */
public record Place(String id, String nameAr, String nameEn, String kind, String admin1,
                    String admin2, double latitude, double longitude, long population, String source) {

    /** Precision a bare mention of this place has (DESIGN.md geo_precision). */
    public int precision() {
        return switch (kind) {
            case "country", "governorate" -> 3;
            case "region", "district", "subdistrict" -> 2;
            default -> 1;
        };
    }

    /** ISO 3166-1 alpha-2 country code. */
    public String country() {
        if (kind.equals("country")) {
            return id.substring(3);
        }
        HomeRegion region = HomeRegion.get();
        return admin1 == null || region.isHome(admin1) ? region.country() : admin1.substring(0, 2);
    }

    /** A row the project's curator added (supplement.tsv) rather than one taken from GeoNames. */
    public boolean curated() {
        return "curated".equals(source);
    }

    public boolean syrian() {
        return country().equals(HomeRegion.get().country());
    }

    /** Great-circle distance in km. */
    public double kmTo(double lat, double lon) {
        return km(latitude, longitude, lat, lon);
    }

    /** Great-circle distance in km between two points. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double la1 = Math.toRadians(lat1);
        double la2 = Math.toRadians(lat2);
        double dLat = la2 - la1;
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(la1) * Math.cos(la2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    public double kmTo(Place other) {
        return kmTo(other.latitude, other.longitude);
    }
}
