package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class ParsedReportsTest {
    private final EventJson json = new EventJson();

    @Test
    void aStoredReportIsParsedOnceWhileRecentlyUsed() throws Exception {
        List<Event> events = SeedFixtures.result004().events();
        String first = json.write(events.get(0));
        String second = json.write(events.get(1));
        String third = json.write(events.get(2));
        AtomicInteger parses = new AtomicInteger();
        ParsedReports reports = new ParsedReports(2);
        Event a = read(reports, "r1", first, parses);
        assertEquals(events.get(0), a, "the parsed body, Arabic evidence and all");
        assertSame(a, read(reports, "r1", first, parses));
        read(reports, "r2", second, parses);
        read(reports, "r1", first, parses); // r1 used last: r2 is now the eldest
        read(reports, "r3", third, parses);
        assertEquals(3, parses.get());
        assertEquals(2, reports.size(), "bounded by its capacity");
        assertSame(a, read(reports, "r1", first, parses), "the recently used report stays");
        assertEquals(events.get(1), read(reports, "r2", second, parses), "the eldest was dropped");
        assertEquals(4, parses.get());
        reports.clear();
        assertEquals(null, reports.kept("r1"));
        assertThrows(IllegalArgumentException.class, () -> new ParsedReports(0));
    }

    /** What the merge does with a stored row: the kept report, else its body parsed and kept. */
    private Event read(ParsedReports reports, String id, String body, AtomicInteger parses) {
        Event e = reports.kept(id);
        if (e == null) {
            parses.incrementAndGet();
            e = json.read(body);
            reports.keep(id, e);
        }
        return e;
    }
}
