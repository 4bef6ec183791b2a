package org.rasid.store.export;

import java.util.HashMap;
import java.util.Map;
import org.rasid.lexicon.DataFile;

/** Governorate codes (SY-ID) to the names ACLED's data spells (Idleb), from acled/admin1.tsv. */
final class AcledGovernorates {
    private static final Map<String, String> ACLED = read();

    private AcledGovernorates() {
    }

    private static Map<String, String> read() {
        Map<String, String> m = new HashMap<>();
        for (DataFile.Row row : DataFile.readTsv("acled/admin1.tsv")) {
            m.put(row.get("iso"), row.get("name_acled"));
        }
        return Map.copyOf(m);
    }

    /** ACLED's name of a governorate code; any other value as it is. */
    static String acledName(String admin1) {
        return admin1 == null ? null : ACLED.getOrDefault(admin1, admin1);
    }
}
