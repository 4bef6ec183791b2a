package org.rasid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rasid.events.AcledTaxonomy;

/**
 * The closed-vocabulary filters (type, sub_type, admin1) checked against what can exist, so that
 * "type=battles" or "admin1=Idlib" is a 400 naming the allowed values, not a silent 0 results.
 * Governorate codes come from the map's own governorates.geojson; other countries are ISO alpha-2.
 */
final class FilterValues {
    private static final Pattern CAMEO = Pattern.compile("cameo:(0[1-9]|1[0-9]|20)");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final Map<String, String> governorates; // code -> English name
    private final Map<String, double[]> centres = new LinkedHashMap<>(); // code -> lon, lat

    FilterValues() {
        this.governorates = governorates(centres);
    }

    /** Each governorate's centre as [lon, lat], where the map draws events placed only by governorate. */
    Map<String, double[]> centres() {
        return centres;
    }

    /** Throws IllegalArgumentException (a 400) for a value no event can have. */
    void check(Function<String, String> param) {
        String type = blankToNull(param.apply("type"));
        if (type != null && !AcledTaxonomy.TYPES.containsKey(type) && !CAMEO.matcher(type).matches()) {
            throw new IllegalArgumentException("unknown type '" + RasidServer.clip(type) + "'; one of: "
                    + String.join(", ", AcledTaxonomy.TYPES.keySet()) + ", or cameo:01 .. cameo:20");
        }
        String sub = blankToNull(param.apply("sub_type"));
        if (sub != null && AcledTaxonomy.TYPES.values().stream().noneMatch(l -> l.contains(sub))) {
            List<String> all = new ArrayList<>();
            AcledTaxonomy.TYPES.values().forEach(all::addAll);
            throw new IllegalArgumentException("unknown sub_type '" + RasidServer.clip(sub) + "'; one of: "
                    + String.join(", ", all));
        }
        String admin1 = blankToNull(param.apply("admin1"));
        if (admin1 != null && !governorates.containsKey(admin1) && !COUNTRY.matcher(admin1).matches()) {
            List<String> codes = new ArrayList<>();
            governorates.forEach((code, name) -> codes.add(code + " (" + name + ")"));
            throw new IllegalArgumentException("unknown admin1 '" + RasidServer.clip(admin1)
                    + "'; a governorate code, one of: " + String.join(", ", codes)
                    + "; or a two-letter country code such as TR");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, String> governorates(Map<String, double[]> centres) {
        try (InputStream in = FilterValues.class.getResourceAsStream("/rasid/web/data/governorates.geojson")) {
            if (in == null) {
                throw new IOException("governorates.geojson missing from the server jar");
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (JsonNode f : new ObjectMapper().readTree(in).get("features")) {
                JsonNode p = f.get("properties");
                out.put(p.get("code").asText(), p.get("name_en").asText());
                JsonNode c = f.get("geometry").get("coordinates");
                centres.put(p.get("code").asText(), new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
