package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/**
 * Merging part by part (class x governorate), each part in arrival order, gives the events of
 * one merge over everything: the Spark job's way equals `extract --merge`'s. Merging a part in
 * another order (the date order the job once used) does not.
 */
class MergePartitionTest {

    @Test
    void partsMergedInArrivalOrderGiveTheWholeMerge() throws Exception {
        List<Event> in = SeedEventVariants.generate(SeedEventVariants.seedEvents(), 3000, 8, 10, 20180705L);
        List<Event> whole = new EventMerger().merge(in);
        List<Event> byParts = mergeByParts(in, Comparator.comparingInt(in::indexOf));
        assertEquals(sorted(whole), sorted(byParts));
        assertTrue(whole.size() < in.size() - 500, "the reports merge: " + whole.size() + " of " + in.size());

        List<Event> byDate = mergeByParts(in, Comparator.comparing((Event e) -> String.valueOf(e.eventDate()))
                .thenComparing(Event::doc));
        assertNotEquals(sorted(whole), sorted(byDate), "the order of merging matters: it is defined once");
    }

    @Test
    void aPartIsClassAndGovernorate() {
        Event shelling = event("Explosions/Remote violence", null, "SY-ID");
        Event verbal = event(null, "13", null);
        assertEquals("Explosions/Remote violence\u001fSY-ID", MergePartition.of(shelling));
        assertEquals("cameo:13\u001f-", MergePartition.of(verbal));
    }

    private static List<Event> mergeByParts(List<Event> in, Comparator<Event> order) {
        Map<String, List<Event>> parts = new LinkedHashMap<>();
        for (Event e : in) {
            parts.computeIfAbsent(MergePartition.of(e), k -> new ArrayList<>()).add(e);
        }
        List<Event> out = new ArrayList<>();
        for (List<Event> part : parts.values()) {
            part.sort(order);
            out.addAll(new EventMerger().merge(part));
        }
        return out;
    }

    private static List<String> sorted(List<Event> events) {
        return events.stream().map(Event::toString).sorted().toList();
    }

    private static Event event(String type, String cameo, String admin1) {
        return new Event("e", "d", 0, type, null, cameo, null, null, null, List.of(), List.of(), null, null, admin1,
                null, null, null, null, null, null, null, null, null, null, null, List.of(), null, 0.5, List.of(),
                List.of(), null, null);
    }
}
