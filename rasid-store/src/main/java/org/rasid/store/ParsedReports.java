package org.rasid.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rasid.model.Event;

/**
 * The stored reports the merge parsed last, by report id: a report's body never changes once
 * stored (a regroup moves its event id and reasons, never its body), so a report read again
 * as a member of a candidate group need not be parsed again. On ANT each stored report was
 * parsed about eight times by later documents' merges, one JSON parse each; real news comes
 * roughly in date order, so the same few thousand recent reports are the candidates. Bounded
 * by count: the least recently used report is dropped past {@code capacity}, so the heap it
 * takes does not grow with the store. Not thread-safe (the store's writer uses it).
 */
final class ParsedReports {
    /** Reports kept by default: 10-15 MB of heap when full; on ANT nearly every re-read is then a hit. */
    static final int DEFAULT_CAPACITY = 4096;

    private final Map<String, Event> byId;

    ParsedReports(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.byId = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Event> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The report {@code id} as parsed before, or null when it is not kept. */
    Event kept(String id) {
        return byId.get(id);
    }

    /** Keeps report {@code id} as parsed from its stored body. */
    void keep(String id, Event report) {
        byId.put(id, report);
    }

    /** Forgets every report kept. */
    void clear() {
        byId.clear();
    }

    int size() {
        return byId.size();
    }
}
