package org.rasid.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasid.model.Event;
import org.rasid.model.Source;

/**
 * Events as CSV with ACLED's column names (RFC 4180 quoting, UTF-8), so analysts can load
 * them beside ACLED data. Verbal events (no ACLED type) keep an empty event_type.
 */
public final class AcledCsvWriter implements EventWriter {
    /** ACLED's columns, in the order DESIGN.md lists them. */
    public static final List<String> COLUMNS = List.of("event_date", "event_type", "sub_event_type", "actor1",
            "assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "admin2", "location", "latitude", "longitude",
            "geo_precision", "time_precision", "source", "notes", "fatalities");

    /** Columns written from numbers: a leading minus there is a sign, never a formula. */
    private static final Set<String> NUMERIC = Set.of("latitude", "longitude", "geo_precision", "time_precision",
            "fatalities");

    private final Writer out;

    public AcledCsvWriter(Writer out) throws IOException {
        this.out = out;
        row(new ArrayList<>(COLUMNS));
    }

    @Override
    public void write(Event e) throws IOException {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(e.eventDate());
        cells.add(e.acledType());
        cells.add(e.acledSubType());
        cells.add(e.actor1());
        cells.add(joined(e.assocActor1()));
        cells.add(e.actor2());
        cells.add(joined(e.assocActor2()));
        cells.add(e.admin1());
        cells.add(e.admin2());
        cells.add(e.locationAr());
        cells.add(e.latitude() == null ? null : e.latitude().toString());
        cells.add(e.longitude() == null ? null : e.longitude().toString());
        cells.add(e.geoPrecision() == null ? null : e.geoPrecision().toString());
        cells.add(e.timePrecision() == null ? null : e.timePrecision().toString());
        cells.add(source(e));
        cells.add(e.evidence() == null ? null : e.evidence().sentence());
        cells.add(e.fatalities() == null ? null : e.fatalities().toString());
        row(cells);
    }

    /** ACLED's source column: the agencies the text cites, then the outlets that published it. */
    private static String source(Event e) {
        Set<String> names = new LinkedHashSet<>();
        if (e.reportedBy() != null) {
            names.addAll(e.reportedBy());
        }
        if (e.sources() != null) {
            for (Source s : e.sources()) {
                if (s.outlet() != null) {
                    names.add(s.outlet());
                }
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static String joined(List<String> xs) {
        return xs == null || xs.isEmpty() ? null : String.join("; ", xs);
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells.get(i);
            if (c != null) {
                out.write(quote(NUMERIC.contains(COLUMNS.get(i)) ? c : inert(c)));
            }
        }
        out.write("\r\n");
    }

    /**
     * OWASP's defence against CSV injection: a text cell that a spreadsheet would run as a
     * formula (= + - @, or a tab or CR before one) gets a leading quote and is shown as text.
     */
    static String inert(String c) {
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
            return "'" + c;
        }
        return c;
    }

    static String quote(String c) {
        if (c.indexOf(',') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0) {
            return c;
        }
        return '"' + c.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
