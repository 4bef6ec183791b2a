package org.rasid.clean;

import java.util.HashMap;
import java.util.Map;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;

/** Names of news outlets and agencies (data file clean/outlets.tsv), for bylines and datelines. */
public final class OutletNames {
    private final Map<String, String> byName = new HashMap<>();

    public static OutletNames load() {
        OutletNames names = new OutletNames();
        for (DataFile.Row row : DataFile.readTsv("clean/outlets.tsv")) {
            String name = row.get("name");
            if (name.isEmpty()) {
                throw row.error("empty outlet name");
            }
            names.byName.put(ArabicNormalizer.normalizeTerm(name), name);
            for (String alias : row.list("aliases")) {
                names.byName.put(ArabicNormalizer.normalizeTerm(alias), name);
            }
        }
        return names;
    }

    /** The outlet's name when the whole of {@code text} names one, else null. */
    public String find(String text) {
        if (text == null) {
            return null;
        }
        return byName.get(LineKey.of(text));
    }
}
