package org.rasid.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.model.Event;

/**
 * One verbal event per speaker and act in a story: a minister's warning quoted over four
 * sentences ("حذر ..." then "وأضاف ..." then "وتابع محذرا ...") is one warning, not four. Of the
 * sentences that carry it, the first that ties the act to a place gives the event (else the
 * first). Violent events pass through untouched, in their order.
 */
final class StatementGrouper {
    private StatementGrouper() {
    }

    static List<Event> group(List<Event> events) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.acledType() != null || e.actor1() == null) {
                out.add(e);
                continue;
            }
            String key = e.actor1() + "|" + e.cameo();
            Integer at = kept.get(key);
            if (at == null) {
                kept.put(key, out.size());
                out.add(e);
            } else if (out.get(at).admin1() == null && e.admin1() != null) {
                out.set(at, e);
            }
        }
        return out;
    }
}
