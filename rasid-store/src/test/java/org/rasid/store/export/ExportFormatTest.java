package org.rasid.store.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.store.SeedFixtures;

/** Each export is written and then read back as its format's readers would. */
class ExportFormatTest {
    @TempDir
    Path dir;
    List<Event> events;

    @BeforeEach
    void events() {
        events = new ArrayList<>(SeedFixtures.result004().events());
        events.addAll(SeedFixtures.result000().events());
    }

    private Path export(ExportFormat f) throws Exception {
        Path out = dir.resolve("events" + f.extension);
        try (EventWriter w = f.open(out)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        return out;
    }

    @Test
    void acledCsvHasAcledsColumnsInOrderWithAcledsValues() throws Exception {
        Path csv = dir.resolve("events.csv");
        int leftOut;
        try (EventWriter w = ExportFormat.ACLED_CSV.open(csv)) {
            for (Event e : events) {
                w.write(e);
            }
            leftOut = w.leftOut();
        }
        List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp"), rows.get(0).subList(0, 31), "ACLED's 31 columns in ACLED's order");
        assertEquals("rasid_event_id", rows.get(0).get(31), "our columns come after ACLED's");
        assertEquals(2, leftOut, "the verbal event of seed 000 and the undated shelling of seed 004");
        assertEquals(events.size() - 2 + 1, rows.size());
        Map<String, String> zarbah = row(rows, 1);
        assertEquals("2018-09-03", zarbah.get("event_date"));
        assertEquals("2018", zarbah.get("year"));
        assertEquals("Political violence", zarbah.get("disorder_type"));
        assertEquals("Explosions/Remote violence", zarbah.get("event_type"));
        assertEquals("Civilians (Syria)", zarbah.get("actor2"));
        assertEquals("7", zarbah.get("inter2"));
        assertEquals("Unidentified Armed Group (Syria)", zarbah.get("actor1"), "ACLED's attacker when none is named");
        assertEquals("", zarbah.get("rasid_actor1"));
        assertEquals("37", zarbah.get("interaction"), "the two inter codes, lower first");
        assertEquals("Civilian targeting", zarbah.get("civilian_targeting"));
        assertEquals("760", zarbah.get("iso"));
        assertEquals("Middle East", zarbah.get("region"));
        assertEquals("Syria", zarbah.get("country"));
        assertEquals("Aleppo", zarbah.get("admin1"));
        assertEquals("SY-HL", zarbah.get("rasid_admin1"));
        assertEquals("الزربة", zarbah.get("location"));
        assertEquals("36.06771", zarbah.get("latitude"));
        assertEquals("2", zarbah.get("fatalities"));
        assertEquals("ناشطون", zarbah.get("source"), "who the text cites");
        assertEquals("Other", zarbah.get("source_scale"));
        assertEquals(events.get(0).evidence().sentence(), zarbah.get("notes"), "notes with commas survive quoting");
        assertEquals("ar", zarbah.get("notes_language"));
        Map<String, String> clash = row(rows, 2);
        assertEquals("YPG: People's Protection Units", clash.get("actor1"));
        assertEquals("Free Syrian Army", clash.get("actor2"));
        assertEquals("YPG", clash.get("rasid_actor1"));
        assertEquals("22", clash.get("interaction"));
        assertEquals("0", row(rows, 5).get("inter2"), "ACLED's 0 without a second actor");
        assertEquals("80", row(rows, 5).get("interaction"), "one actor alone: its code times ten");
        assertEquals("", clash.get("civilian_targeting"));
        Map<String, String> ied = row(rows, 3);
        assertEquals("0", ied.get("fatalities"), "ACLED's 0 where a violent event reports no deaths");
        assertEquals("Idleb", ied.get("admin1"));
        assertEquals("Strategic developments", row(rows, 4).get("disorder_type"));
        assertEquals("Hay'at Tahrir al-Sham", row(rows, 4).get("actor1"));
        AcledDtypes.check(rows);
    }

    private static Map<String, String> row(List<List<String>> rows, int i) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            m.put(rows.get(0).get(c), rows.get(i).get(c));
        }
        return m;
    }

    @Test
    void geoJsonHasLongitudeFirstPointsAndNullGeometryWithoutCoordinates() throws Exception {
        JsonNode fc = new ObjectMapper().readTree(export(ExportFormat.GEOJSON).toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(events.size(), fc.get("features").size());
        JsonNode first = fc.get("features").get(0);
        assertEquals("Point", first.get("geometry").get("type").asText());
        assertEquals(36.98012, first.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(36.06771, first.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals("SY-HL", first.get("properties").get("admin1").asText());
        assertTrue(fc.get("features").get(1).get("geometry").isNull());
    }

    @Test
    void jsonLinesReadBackAsTheSameEvents() throws Exception {
        List<String> lines = Files.readAllLines(export(ExportFormat.JSONL), StandardCharsets.UTF_8);
        assertEquals(events.size(), lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(events.get(i), json.readValue(lines.get(i), Event.class));
        }
    }

    @Test
    void geoPackageIsAValidPointLayerInWgs84() throws Exception {
        Path gpkg = export(ExportFormat.GPKG);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg)) {
            assertEquals(GeoPackageWriter.APPLICATION_ID, one(c, "PRAGMA application_id").getInt(1));
            assertEquals(GeoPackageWriter.USER_VERSION, one(c, "PRAGMA user_version").getInt(1));
            ResultSet contents = one(c, "SELECT table_name, data_type, srs_id, min_x, max_y FROM gpkg_contents");
            assertEquals("events", contents.getString(1));
            assertEquals("features", contents.getString(2));
            assertEquals(4326, contents.getInt(3));
            assertEquals(36.63393, contents.getDouble(4));
            assertEquals(36.51194, contents.getDouble(5));
            ResultSet geom = one(c, "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns");
            assertEquals("geom", geom.getString(1));
            assertEquals("POINT", geom.getString(2));
            assertEquals(1, one(c, "SELECT COUNT(*) FROM gpkg_spatial_ref_sys WHERE srs_id = 4326"
                    + " AND organization = 'EPSG' AND organization_coordsys_id = 4326").getInt(1));
            assertEquals(events.size(), one(c, "SELECT COUNT(*) FROM events").getInt(1));
            ResultSet row = one(c, "SELECT geom, location, admin1 FROM events WHERE event_id = '" + events.get(0).id() + "'");
            ByteBuffer b = ByteBuffer.wrap(row.getBytes(1)).order(ByteOrder.LITTLE_ENDIAN);
            assertArrayEquals(new byte[] {'G', 'P'}, new byte[] {b.get(), b.get()});
            b.get(); // version
            b.get(); // flags
            assertEquals(4326, b.getInt());
            assertEquals(1, b.get());
            assertEquals(1, b.getInt());
            assertEquals(36.98012, b.getDouble());
            assertEquals(36.06771, b.getDouble());
            assertEquals("الزربة", row.getString(2));
        }
        // GDAL (what QGIS uses to open it) when installed: scripts/setup.sh does not require it
        File ogrinfo = new File("/usr/bin/ogrinfo");
        if (ogrinfo.canExecute()) {
            Process p = new ProcessBuilder(ogrinfo.getPath(), "-ro", "-so", gpkg.toString(), "events")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("Geometry: Point"), out);
            assertTrue(out.contains("Feature Count: " + events.size()), out);
            assertTrue(out.contains("4326") || out.contains("WGS 84"), out);
        } else {
            System.out.println("ogrinfo (gdal-bin) not installed: GeoPackage checked with SQL only");
        }
    }

    private static ResultSet one(Connection c, String sql) throws Exception {
        ResultSet rs = c.createStatement().executeQuery(sql);
        assertTrue(rs.next(), sql);
        return rs;
    }

    /** RFC 4180 reader, enough to read our own CSV back. */
    static final class Csv {
        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\r') {
                    continue;
                } else if (ch == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(ch);
                }
            }
            return rows;
        }
    }
}
