package org.rasid.gazetteer;

import java.util.HashMap;
import java.util.Map;
import org.rasid.lexicon.DataFile;

/**
 * City governorates and the governorate around each (gazetteer/outskirts.tsv: Damascus and Rif Dimashq): news
 * names a suburb "near Damascus" and a city quarter "in Rif Dimashq", so the two are read as one area where a
 * place's governorate is compared. Read once for every reader.
 */
public final class Outskirts {
    private static final Map<String, String> AROUND = new HashMap<>();
    private static final Map<String, String> TWINS = new HashMap<>();

    static {
        for (DataFile.Row row : DataFile.readTsv("gazetteer/outskirts.tsv")) {
            AROUND.put(row.get("admin1"), row.get("outskirts"));
            TWINS.put(row.get("admin1"), row.get("outskirts"));
            TWINS.put(row.get("outskirts"), row.get("admin1"));
        }
    }

    private Outskirts() {
    }

    /** The governorate around a city governorate (SY-DI → SY-RD), or null when admin1 is none. */
    public static String around(String cityAdmin1) {
        return AROUND.get(cityAdmin1);
    }

    /** The other governorate of a city and its outskirts, either way (SY-DI ↔ SY-RD), or null. */
    public static String twin(String admin1) {
        return TWINS.get(admin1);
    }
}
