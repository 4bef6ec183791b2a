package org.rasid.store.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rasid.model.Event;

/**
 * An OGC GeoPackage 1.3 (a SQLite file QGIS and GDAL open directly) with one point layer
 * "events" in EPSG:4326, written with plain SQL: the required gpkg_spatial_ref_sys,
 * gpkg_contents and gpkg_geometry_columns tables and GeoPackage binary point geometries.
 * It is built in a temporary file beside the target and moved into place when complete.
 */
public final class GeoPackageWriter implements EventWriter {
    public static final String LAYER = "events";
    static final int APPLICATION_ID = 0x47504B47; // "GPKG"
    static final int USER_VERSION = 10300;        // GeoPackage 1.3.0
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
            + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";
    private static final List<String[]> ATTRIBUTES = List.of(
            new String[] {"event_id", "TEXT"}, new String[] {"event_date", "TEXT"}, new String[] {"event_type", "TEXT"},
            new String[] {"sub_event_type", "TEXT"}, new String[] {"cameo", "TEXT"}, new String[] {"actor1", "TEXT"},
            new String[] {"assoc_actor_1", "TEXT"}, new String[] {"actor2", "TEXT"},
            new String[] {"assoc_actor_2", "TEXT"}, new String[] {"admin1", "TEXT"}, new String[] {"admin2", "TEXT"},
            new String[] {"location", "TEXT"}, new String[] {"geo_precision", "INTEGER"},
            new String[] {"time_precision", "INTEGER"}, new String[] {"fatalities", "INTEGER"},
            new String[] {"injured", "INTEGER"}, new String[] {"arrested", "INTEGER"},
            new String[] {"displaced", "INTEGER"}, new String[] {"source", "TEXT"}, new String[] {"notes", "TEXT"},
            new String[] {"confidence", "REAL"}, new String[] {"doc", "TEXT"}, new String[] {"story", "INTEGER"});

    private final Path target;
    private final Path temp;
    private final Connection c;
    private final PreparedStatement insert;
    private double minX = Double.NaN, minY = Double.NaN, maxX = Double.NaN, maxY = Double.NaN;

    public GeoPackageWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.temp = Files.createTempFile(parent, ".rasid-", ".gpkg.part");
        Files.delete(temp);
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + temp);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + USER_VERSION);
                s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                        + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                        + " definition TEXT NOT NULL, description TEXT)");
                s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                        + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL"
                        + " DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,"
                        + " max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)"
                        + " REFERENCES gpkg_spatial_ref_sys(srs_id))");
                s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                        + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                        + " m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                        + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                        + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)")) {
                srs(ps, "WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
                srs(ps, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
                srs(ps, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
            }
            StringBuilder ddl = new StringBuilder("CREATE TABLE " + LAYER + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT");
            StringBuilder ins = new StringBuilder("INSERT INTO " + LAYER + " (geom");
            for (String[] a : ATTRIBUTES) {
                ddl.append(", ").append(a[0]).append(' ').append(a[1]);
                ins.append(", ").append(a[0]);
            }
            ins.append(") VALUES (?").append(", ?".repeat(ATTRIBUTES.size())).append(')');
            try (Statement s = c.createStatement()) {
                s.execute(ddl.append(')').toString());
                s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + LAYER + "', 'geom', 'POINT', 4326, 0, 0)");
            }
            c.setAutoCommit(false);
            insert = c.prepareStatement(ins.toString());
        } catch (SQLException e) {
            throw new IOException("cannot create GeoPackage " + target + ": " + e.getMessage(), e);
        }
    }

    private static void srs(PreparedStatement ps, String name, int id, String org, int orgId, String def, String desc)
            throws SQLException {
        ps.setString(1, name);
        ps.setInt(2, id);
        ps.setString(3, org);
        ps.setInt(4, orgId);
        ps.setString(5, def);
        ps.setString(6, desc);
        ps.executeUpdate();
    }

    @Override
    public void write(Event e) throws IOException {
        try {
            if (e.latitude() != null && e.longitude() != null) {
                insert.setBytes(1, point(e.longitude(), e.latitude()));
                extend(e.longitude(), e.latitude());
            } else {
                insert.setNull(1, Types.BLOB);
            }
            Object[] values = {e.id(), e.eventDate(), e.acledType(), e.acledSubType(), e.cameo(), e.actor1(),
                    joined(e.assocActor1()), e.actor2(), joined(e.assocActor2()), e.admin1(), e.admin2(),
                    e.locationAr(), e.geoPrecision(), e.timePrecision(), e.fatalities(), e.injured(), e.arrested(),
                    e.displaced(), AcledSource.source(e),
                    e.evidence() == null ? null : e.evidence().sentence(), e.confidence(), e.doc(), e.story()};
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 2, values[i]);
            }
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw new IOException("cannot write event " + e.id() + " to GeoPackage: " + ex.getMessage(), ex);
        }
    }

    private void extend(double x, double y) {
        minX = Double.isNaN(minX) ? x : Math.min(minX, x);
        maxX = Double.isNaN(maxX) ? x : Math.max(maxX, x);
        minY = Double.isNaN(minY) ? y : Math.min(minY, y);
        maxY = Double.isNaN(maxY) ? y : Math.max(maxY, y);
    }

    private static String joined(List<String> xs) {
        return xs == null || xs.isEmpty() ? null : String.join("; ", xs);
    }

    /**
     * GeoPackage binary: "GP", version 0, flags (little-endian, no envelope), srs_id, then
     * a little-endian WKB Point.
     */
    static byte[] point(double x, double y) {
        ByteBuffer b = ByteBuffer.allocate(8 + 21).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0x01).putInt(4326);
        b.put((byte) 1).putInt(1).putDouble(x).putDouble(y);
        return b.array();
    }

    @Override
    public void close() throws IOException {
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
                    + " description, last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, LAYER);
                ps.setString(2, "features");
                ps.setString(3, "Rasid events");
                ps.setString(4, "Events extracted by Rasid from Arabic news, with evidence");
                ps.setString(5, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                ps.setObject(6, Double.isNaN(minX) ? null : minX);
                ps.setObject(7, Double.isNaN(minY) ? null : minY);
                ps.setObject(8, Double.isNaN(maxX) ? null : maxX);
                ps.setObject(9, Double.isNaN(maxY) ? null : maxY);
                ps.setInt(10, 4326);
                ps.executeUpdate();
            }
            insert.close();
            c.commit();
            c.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot finish GeoPackage " + target + ": " + e.getMessage(), e);
        }
    }
}
