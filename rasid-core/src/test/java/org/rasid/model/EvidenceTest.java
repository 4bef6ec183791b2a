package org.rasid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    /** "قال الوزير الثلاثاء إن ..." with a trigger, a date and a second date part. */
    private static final Evidence SAID = new Evidence("قال الوزير الثلاثاء إن الغارات استمرت يوم الاثنين", 100, 149,
            List.of(new Evidence.Part("trigger", 100, 103, "قال"), new Evidence.Part("date", 111, 119, "الثلاثاء"),
                    new Evidence.Part("date", 140, 149, "يوم الاثنين")));

    @Test
    void partIsTheFirstOfItsRole() {
        assertEquals("قال", SAID.part("trigger").text());
        assertEquals("الثلاثاء", SAID.part("date").text());
    }

    @Test
    void aRoleWithNoPartGivesNull() {
        assertNull(SAID.part("actor2"));
    }

    @Test
    void partIsNoJsonField() {
        assertFalse(RecordJson.tree(SAID).has("part"));
        assertEquals(3, RecordJson.tree(SAID).get("spans").size());
    }
}
