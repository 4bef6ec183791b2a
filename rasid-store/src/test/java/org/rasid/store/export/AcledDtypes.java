package org.rasid.store.export;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * ACLED's dtypes as a reader (pandas.read_csv) infers them from ACLED's own files: a column of
 * integers without gaps, decimals (gaps allowed: NaN), ISO dates, text. A gap in an integer
 * column would turn it into floats, so it fails here.
 */
final class AcledDtypes {
    static final Map<String, String> DTYPES = Map.ofEntries(Map.entry("event_date", "date"),
            Map.entry("year", "int"), Map.entry("time_precision", "int"), Map.entry("inter1", "int"),
            Map.entry("inter2", "int"), Map.entry("interaction", "int"), Map.entry("iso", "int"),
            Map.entry("latitude", "float"), Map.entry("longitude", "float"), Map.entry("geo_precision", "int"),
            Map.entry("fatalities", "int"), Map.entry("timestamp", "int"));

    private AcledDtypes() {
    }

    static void check(List<List<String>> rows) {
        List<String> header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            assertEquals(header.size(), row.size(), "row " + r + " has every column");
            for (int c = 0; c < header.size(); c++) {
                String type = DTYPES.getOrDefault(header.get(c), "str");
                String v = row.get(c);
                String where = header.get(c) + " of row " + r + ": '" + v + "'";
                switch (type) {
                    case "int" -> {
                        assertFalse(v.isEmpty(), where);
                        assertDoesNotThrow(() -> Long.parseLong(v), where);
                    }
                    case "float" -> {
                        if (!v.isEmpty()) {
                            assertDoesNotThrow(() -> Double.parseDouble(v), where);
                        }
                    }
                    case "date" -> assertDoesNotThrow(() -> LocalDate.parse(v), where);
                    default -> { }
                }
            }
        }
    }
}
