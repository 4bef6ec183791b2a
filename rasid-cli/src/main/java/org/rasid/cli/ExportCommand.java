package org.rasid.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasid.actors.ActorNames;
import org.rasid.store.EventQuery;
import org.rasid.store.EventStore;
import org.rasid.store.export.EventWriter;
import org.rasid.store.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events as ACLED-column CSV, GeoJSON, JSON Lines or a GeoPackage (QGIS), with the API's filters")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "acled-csv | geojson | jsonl | gpkg")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file, or - for stdout (not gpkg)")
    String out;

    @Option(names = "--from", paramLabel = "DATE") String from;
    @Option(names = "--to", paramLabel = "DATE") String to;
    @Option(names = "--admin1", paramLabel = "CODE", description = "Governorate, e.g. SY-HL") String admin1;
    @Option(names = "--admin2") String admin2;
    @Option(names = "--type", description = "ACLED type, or cameo:NN") String type;
    @Option(names = "--sub-type") String subType;
    @Option(names = "--actor",
            description = "Actor: an id (SYR_GOV) or a name or alias in Arabic or English (Syrian Democratic Forces)")
    String actor;
    @Option(names = "--outlet") String outlet;
    @Option(names = "--q", description = "Full-text query over the evidence") String q;
    @Option(names = "--bbox", description = "minLon,minLat,maxLon,maxLat") String bbox;
    @Option(names = "--min-confidence", paramLabel = "P", description = "events of confidence P (0..1) or more")
    String minConfidence;
    @Option(names = "--min-sources", paramLabel = "N", description = "events reported by N sources or more")
    String minSources;

    @Option(names = "--as-of", paramLabel = "DATE", description = {"the database as it stood at the end of DATE "
            + "(yyyy-MM-dd) or at an ISO instant (2018-09-04T10:15:30Z): every event's last revision then;",
            "the filters do not apply to it"})
    String asOf;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.of(format);
        Map<String, String> p = new HashMap<>();
        p.put("from", from);
        p.put("to", to);
        p.put("admin1", admin1);
        p.put("admin2", admin2);
        p.put("type", type);
        p.put("sub_type", subType);
        // a typed name means its actor's id, as in the API; an unknown name stays and matches nothing
        p.put("actor", actor == null ? null : ActorNames.load().resolve(actor).orElse(actor));
        p.put("outlet", outlet);
        p.put("q", q);
        p.put("bbox", bbox);
        p.put("min_confidence", minConfidence);
        p.put("min_sources", minSources);
        if (asOf != null && p.values().stream().anyMatch(v -> v != null)) {
            throw new IllegalArgumentException("--as-of exports the whole database as it stood; filters do not apply"
                    + " to it");
        }
        EventQuery query = EventQuery.fromParams(p::get, EventQuery.MAX_LIMIT);
        int[] n = {0, 0};
        try (EventStore s = store.openExisting()) {
            if (out.equals("-")) {
                if (f == ExportFormat.GPKG) {
                    throw new IllegalArgumentException("a GeoPackage is a database file: give --out FILE.gpkg");
                }
                OutputStream o = new BufferedOutputStream(System.out);
                try (EventWriter w = f.open(o)) {
                    write(s, query, w, n);
                }
                o.flush();
            } else {
                try (EventWriter w = f.open(Path.of(out))) {
                    write(s, query, w, n);
                }
            }
        }
        // the ACLED file always says what it left out, 0 included: a reader must not have to guess
        String left = f != ExportFormat.ACLED_CSV && n[1] == 0 ? ""
                : ", " + n[1] + " left out (verbal or undated events have no ACLED row)";
        System.err.println("rasid export: " + (n[0] - n[1]) + " events -> " + out + " (" + f.id + ")" + left);
        return 0;
    }

    private void write(EventStore s, EventQuery q, EventWriter w, int[] n) throws IOException {
        IOException[] failed = {null};
        java.util.function.Consumer<org.rasid.model.Event> sink = e -> {
            if (failed[0] == null) {
                try {
                    w.write(e);
                    n[0]++;
                } catch (IOException ex) {
                    failed[0] = ex;
                }
            }
        };
        if (asOf != null) {
            s.forEachEventAsOf(asOf, sink);
        } else {
            s.forEachEvent(q, sink);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        n[1] = w.leftOut();
    }
}
