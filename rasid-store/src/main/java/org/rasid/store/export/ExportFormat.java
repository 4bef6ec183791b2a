package org.rasid.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The export formats of the CLI and the API. */
public enum ExportFormat {
    ACLED_CSV("acled-csv", "text/csv; charset=utf-8", ".csv"),
    GEOJSON("geojson", "application/geo+json", ".geojson"),
    JSONL("jsonl", "application/x-ndjson; charset=utf-8", ".jsonl"),
    GPKG("gpkg", "application/geopackage+sqlite3", ".gpkg");

    public final String id;
    public final String mediaType;
    public final String extension;

    ExportFormat(String id, String mediaType, String extension) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static ExportFormat of(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id) || f.name().equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + id + "' (acled-csv, geojson, jsonl, gpkg)");
    }

    /** A writer onto a stream; GeoPackage is a database file and needs {@link #open(Path)}. */
    public EventWriter open(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return switch (this) {
            case ACLED_CSV -> new AcledCsvWriter(w);
            case GEOJSON -> new GeoJsonWriter(w);
            case JSONL -> new JsonLinesWriter(w);
            case GPKG -> throw new IllegalArgumentException("GeoPackage is written to a file, not a stream");
        };
    }

    public EventWriter open(Path file) throws IOException {
        if (this == GPKG) {
            return new GeoPackageWriter(file);
        }
        OutputStream out = java.nio.file.Files.newOutputStream(file);
        EventWriter inner = open(out);
        return new EventWriter() {
            @Override
            public void write(org.rasid.model.Event e) throws IOException {
                inner.write(e);
            }

            @Override
            public int leftOut() {
                return inner.leftOut();
            }

            @Override
            public void close() throws IOException {
                try {
                    inner.close();
                } finally {
                    out.close();
                }
            }
        };
    }
}
