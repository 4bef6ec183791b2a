package org.rasid.clean;

import java.util.HashMap;
import java.util.Map;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;

/**
 * Names of news outlets and agencies as bylines and datelines print them: the {@code byline} and
 * {@code byline_aliases} columns of outlets.tsv, the one outlet lexicon the actor registry reads
 * too (its {@code aliases} are the names cited inside the text).
 */
public final class OutletNames {
    private final Map<String, String> byName = new HashMap<>();

    public static OutletNames load() {
        OutletNames names = new OutletNames();
        for (DataFile.Row row : DataFile.readTsv("outlets.tsv")) {
            String name = row.get("byline");
            if (name.isEmpty()) {
                if (!row.list("byline_aliases").isEmpty()) {
                    throw row.error("byline_aliases without a byline name");
                }
                continue; // not read in bylines
            }
            names.byName.put(ArabicNormalizer.normalizeTerm(name), name);
            for (String alias : row.list("byline_aliases")) {
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
