package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.rasid.merge.EventMergerTest.SHELL;
import static org.rasid.merge.EventMergerTest.event;

import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class CandidateIndexTest {
    @Test
    void onlyGroupsOfTheSameClassPlaceAndDayWindowAreCandidates() {
        CandidateIndex index = new CandidateIndex();
        index.add(event("a", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", "SYR_GOV", null, null), 0);
        index.add(event("b", "d2", "X", 0, SHELL, "دارة عزة", "gn:2", 1, "2018-08-20", "SYR_GOV", null, null), 1);
        index.add(event("c", "d3", "X", 0, SHELL, "الاتارب", "gn:1", 1, "2018-09-20", "SYR_GOV", null, null), 2);
        index.add(event("d", "d4", "X", 0, "Air/drone strike", "الاتارب", "gn:1", 1, "2018-08-20", "RUS", null, null), 3);
        Event probe = event("p", "d9", "Y", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-21", null, null, null);
        // group 1: another place; 2: a month later; 3: another class. All share admin2, but both
        // sides are exact places, so the admin2 key is not looked up
        assertArrayEquals(new int[] {0}, index.candidates(probe));
    }

    @Test
    void insideADocumentUndatedReportsAtTheSameKeyAreCandidates() {
        CandidateIndex index = new CandidateIndex();
        index.add(event("a", "d1", "X", 0, SHELL, "الاتارب", "gn:1", 1, null, null, null, null), 4);
        index.add(event("b", "d1", "X", 3, SHELL, "الاتارب", "gn:1", 1, null, null, null, null), 4);
        index.add(event("c", "d1", "X", 5, SHELL, "الاتارب", "gn:1", 1, null, null, null, null), 2);
        Event probe = event("p", "d1", "X", 9, SHELL, "الاتارب", "gn:1", 1, null, null, null, null);
        assertArrayEquals(new int[] {2, 4}, index.candidates(probe)); // ascending, each once
        assertArrayEquals(new int[] {}, index.candidates(event("q", "d2", "X", 0, SHELL, "الاتارب", "gn:1", 1, null,
                null, null, null))); // another document, no date: nothing to look up
    }
}
