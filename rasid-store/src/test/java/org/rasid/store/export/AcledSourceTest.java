package org.rasid.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.store.SeedFixtures;

/** Issue 18: the CSV held outlets, the GeoPackage only cited agencies; now both hold the same source. */
class AcledSourceTest {
    @TempDir
    Path dir;

    private static Event reported(String... outlets) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = json.valueToTree(SeedFixtures.result004().events().get(0));
        var sources = n.putArray("sources");
        for (String o : outlets) {
            sources.addObject().put("doc", "d-" + o).put("story", 0).put("outlet", o).put("published", "2018-09-05");
        }
        n.putArray("reported_by").add("سانا").add("ناشطون");
        return json.treeToValue(n, Event.class);
    }

    @Test
    void outletsThenCitedAgenciesByEnglishNameWithTheirScale() throws Exception {
        Event e = reported("عنب بلدي");
        assertEquals("Enab Baladi; SANA (Syrian Arab News Agency); ناشطون", AcledSource.source(e));
        assertEquals("Other-National", AcledSource.scale(e), "Syrian outlets and unnamed activists");
    }

    @Test
    void geoPackageAndCsvWriteTheSameSource() throws Exception {
        Event e = reported("عنب بلدي", "عنب بلدي");
        StringWriter out = new StringWriter();
        try (AcledCsvWriter w = new AcledCsvWriter(out)) {
            w.write(e);
        }
        List<String> row = ExportFormatTest.Csv.parse(out.toString()).get(1);
        String csvSource = row.get(AcledCsvWriter.COLUMNS.indexOf("source"));
        Path gpkg = dir.resolve("e.gpkg");
        try (EventWriter w = ExportFormat.GPKG.open(gpkg)) {
            w.write(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             ResultSet rs = c.createStatement().executeQuery("SELECT source FROM events")) {
            rs.next();
            assertEquals(csvSource, rs.getString(1));
        }
        assertEquals("Enab Baladi; SANA (Syrian Arab News Agency); ناشطون", csvSource, "an outlet once");
    }
}
