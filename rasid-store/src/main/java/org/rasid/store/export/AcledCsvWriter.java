package org.rasid.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;

/**
 * Events as ACLED's CSV (RFC 4180 quoting, UTF-8): ACLED's 31 columns in ACLED's order with
 * ACLED's values, then Rasid's own columns ({@link AcledRow}). ACLED's data holds only dated events
 * of an ACLED type: verbal (CAMEO-only) and undated events are left out unless asked for, and
 * counted ({@link #leftOut()}); they stay in the JSON Lines and GeoJSON exports.
 */
public final class AcledCsvWriter implements EventWriter {
    /** ACLED's columns, in ACLED's order, then Rasid's. */
    public static final List<String> COLUMNS = AcledRow.columns();
    /** ACLED's columns alone. */
    public static final List<String> ACLED_COLUMNS = AcledRow.ACLED_COLUMNS;

    private final Writer out;
    private final AcledRow rows = new AcledRow();
    private int leftOut;

    public AcledCsvWriter(Writer out) throws IOException {
        this.out = out;
        row(new ArrayList<>(COLUMNS));
    }

    @Override
    public void write(Event e) throws IOException {
        if (!AcledRow.fits(e)) {
            leftOut++;
            return;
        }
        row(rows.cells(e));
    }

    /** Events not written: verbal (no ACLED type) or undated. */
    @Override
    public int leftOut() {
        return leftOut;
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells.get(i);
            if (c != null) {
                out.write(quote(numeric(COLUMNS.get(i)) ? c : inert(c)));
            }
        }
        out.write("\r\n");
    }

    private static boolean numeric(String column) {
        return AcledRow.INTEGER.contains(column) || AcledRow.DECIMAL.contains(column);
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
