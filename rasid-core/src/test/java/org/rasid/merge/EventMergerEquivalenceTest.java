package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/**
 * The indexed EventMerger gives exactly the events of the quadratic one it replaced
 * (NaiveEventMerger), on thousands of reports made from the seeds' real events.
 */
class EventMergerEquivalenceTest {

    @Test
    void sameMergedEventsAsTheQuadraticMerger() throws Exception {
        List<Event> seeds = SeedEventVariants.seedEvents();
        Set<String> reasonKinds = new TreeSet<>();
        int merged = 0;
        // dense and sparse corpora: few or many reports per document and per day
        int[][] shapes = {{3000, 8, 10}, {3000, 3, 30}, {2000, 40, 5}, {4000, 12, 60}, {1000, 1, 3}, {2500, 6, 120}};
        for (int s = 0; s < shapes.length; s++) {
            int[] shape = shapes[s];
            List<Event> in = SeedEventVariants.generate(seeds, shape[0], shape[1], shape[2], 20180702L + s);
            List<Event> expected = new NaiveEventMerger().merge(in);
            List<Event> actual = new EventMerger().merge(in);
            assertEquals(expected.size(), actual.size(), "shape " + s);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "shape " + s + ", event " + i);
            }
            for (Event e : expected) {
                if (e.mergedFrom() != null && e.mergedFrom().size() > 1) {
                    merged++;
                    for (String why : e.mergeReasons()) {
                        reasonKinds.add(why.replaceAll("[:].*", ""));
                    }
                }
            }
        }
        // the corpora exercise every rule, so that equality means something
        assertTrue(merged > 1000, "merged events: " + merged);
        assertTrue(reasonKinds.containsAll(List.of("same_class", "same_cameo", "same_place", "same_location",
                "same_admin2", "same_admin1", "same_date", "dates_within", "dates_unknown_same_doc", "same_actors",
                "actors_compatible", "same_sides")), reasonKinds.toString());
    }
}
