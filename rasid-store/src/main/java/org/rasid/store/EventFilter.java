package org.rasid.store;

import java.util.ArrayList;
import java.util.List;

/** The SQL WHERE clause of an {@link EventQuery}, with its values as bound parameters only. */
record EventFilter(String where, List<Object> params) {
    /** The filters of {@code q} except the text query, which the search index answers. */
    static EventFilter of(EventQuery q) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.from() != null) {
            clauses.add("e.event_day >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            clauses.add("e.event_day <= ?");
            params.add(q.to());
        }
        eq(clauses, params, "e.admin1", q.admin1());
        eq(clauses, params, "e.admin2", q.admin2());
        if (q.type() != null) {
            // "04" is a CAMEO root; anything else an ACLED type or "cameo:04" (both in event_class)
            eq(clauses, params, q.type().matches("\\d\\d") ? "e.cameo" : "e.event_class", q.type());
        }
        eq(clauses, params, "e.acled_sub_type", q.subType());
        if (q.actor() != null) {
            clauses.add("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.actor = ?)");
            params.add(q.actor());
        }
        if (q.outlet() != null) {
            clauses.add("EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id AND s.outlet = ?)");
            params.add(q.outlet());
        }
        if (q.minSources() != null && q.minSources() > 1) {
            clauses.add("e.source_count >= ?");
            params.add(q.minSources());
        }
        if (q.minConfidence() != null) {
            clauses.add("e.confidence >= ?");
            params.add(q.minConfidence());
        }
        if (q.ids() != null) {
            clauses.add(q.ids().isEmpty() ? "1 = 0" : "e.id IN (" + "?,".repeat(q.ids().size() - 1) + "?)");
            params.addAll(q.ids());
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            clauses.add("e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?");
            params.add(b[0]);
            params.add(b[2]);
            params.add(b[1]);
            params.add(b[3]);
        }
        return new EventFilter(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static void eq(List<String> clauses, List<Object> params, String column, String value) {
        if (value != null) {
            clauses.add(column + " = ?");
            params.add(value);
        }
    }
}
