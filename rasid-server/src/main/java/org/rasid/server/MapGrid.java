package org.rasid.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasid.model.Event;

/**
 * Every event of a filter folded into grid cells for the map (GET /api/map): the cell size halves
 * with each zoom level, so the map shows the whole result at any zoom instead of one page of it.
 * An event without coordinates sits at its governorate's centre; one without either is counted
 * as unplaced.
 */
final class MapGrid {
    private final double cell;
    private final Map<String, double[]> centres;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private long total;
    private long unplaced;

    /** One cell: where its events are on average, how many, their deaths, and the count per type. */
    static final class Cell {
        double latSum;
        double lonSum;
        long count;
        long fatalities;
        final Map<String, Long> types = new TreeMap<>();

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lat", Math.round(latSum / count * 1e5) / 1e5);
            m.put("lon", Math.round(lonSum / count * 1e5) / 1e5);
            m.put("count", count);
            m.put("fatalities", fatalities);
            m.put("types", types);
            return m;
        }
    }

    MapGrid(double zoom, Map<String, double[]> centres) {
        double z = Double.isNaN(zoom) ? 6 : Math.max(0, Math.min(18, zoom));
        this.cell = 4.0 / Math.pow(2, z - 3);
        this.centres = centres;
    }

    void add(Event e) {
        total++;
        double lat;
        double lon;
        if (e.latitude() != null && e.longitude() != null) {
            lat = e.latitude();
            lon = e.longitude();
        } else if (e.admin1() != null && centres.containsKey(e.admin1())) {
            lon = centres.get(e.admin1())[0];
            lat = centres.get(e.admin1())[1];
        } else {
            unplaced++;
            return;
        }
        String key = Math.floor(lat / cell) + ":" + Math.floor(lon / cell);
        Cell c = cells.computeIfAbsent(key, k -> new Cell());
        c.latSum += lat;
        c.lonSum += lon;
        c.count++;
        c.fatalities += e.fatalities() == null ? 0 : e.fatalities();
        String type = e.acledType() != null ? e.acledType() : e.cameo() != null ? "cameo:" + e.cameo() : "unknown";
        c.types.merge(type, 1L, Long::sum);
    }

    Map<String, Object> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Cell c : cells.values()) {
            out.add(c.json());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("placed", total - unplaced);
        m.put("unplaced", unplaced);
        m.put("cell_degrees", cell);
        m.put("cells", out);
        return m;
    }
}
