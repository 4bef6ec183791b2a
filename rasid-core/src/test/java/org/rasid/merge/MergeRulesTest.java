package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rasid.merge.EventMergerTest.SHELL;
import static org.rasid.merge.EventMergerTest.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class MergeRulesTest {
    private static final Event ATAREB = event("a", "d1", "SMART", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", "SYR_GOV",
            null, 5);

    @Test
    void twoOutletsOneShellingAndTheirReasons() {
        Event sana = event("b", "d2", "SANA", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-21", "SYR_GOV", "CIVILIANS", 3);
        assertEquals(List.of("same_class:" + SHELL, "same_place:gn:1", "dates_within:1d", "actors_compatible"),
                MergeRules.reasons(ATAREB, sana));
    }

    @Test
    void aDayTooFarAnotherActorOrAnUndatedReportAcrossOutlets() {
        assertNull(MergeRules.reasons(ATAREB, event("b", "d2", "Y", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-22", "SYR_GOV",
                null, null)));
        assertNull(MergeRules.reasons(ATAREB, event("b", "d2", "Y", 0, SHELL, "الاتارب", "gn:1", 1, "2018-08-20", "RUS",
                null, null)));
        assertNull(MergeRules.reasons(ATAREB, event("b", "d2", "Y", 0, SHELL, "الاتارب", "gn:1", 1, null, "SYR_GOV",
                null, null)));
    }

    @Test
    void insideADocumentTwoDaysWithTwoTollsAreTwoIncidents() {
        // ANT dev ant-sk-middleeast-165: "أن 15 جنديا تركيا قتلوا" (Friday) and "أعلنت أنقرة، الخميس، مقتل 8 من جنودها"
        Event friday = event("a", "d1", "SKY", 0, SHELL, "عفرين", "gn:174186", 1, "2018-03-02", "YPG", "TUR", 15);
        Event thursday = event("b", "d1", "SKY", 3, SHELL, "عفرين", "gn:174186", 1, "2018-03-01", null, "TUR", 8);
        assertNull(MergeRules.reasons(friday, thursday));
        // the same toll, or a report with none, may retell the other day's incident
        assertEquals(List.of("same_class:" + SHELL, "same_place:gn:174186", "dates_within:1d", "actors_compatible"),
                MergeRules.reasons(friday, event("c", "d1", "SKY", 3, SHELL, "عفرين", "gn:174186", 1, "2018-03-01", null,
                        "TUR", null)));
        // across outlets the lowest figure of one incident stands (ACLED)
        assertEquals(List.of("same_class:" + SHELL, "same_place:gn:174186", "dates_within:1d", "actors_compatible"),
                MergeRules.reasons(friday, event("d", "d2", "SANA", 0, SHELL, "عفرين", "gn:174186", 1, "2018-03-01", null,
                        "TUR", 8)));
    }

    @Test
    void insideADocumentAMonthAgreesWithAnyOfItsDays() {
        Event week = event("b", "d1", "SMART", 4, SHELL, "الاتارب", "gn:1", 1, "2018-08", "SYR_GOV", null, null);
        assertEquals(List.of("same_class:" + SHELL, "same_place:gn:1", "same_month:2018-08", "same_actors"),
                MergeRules.reasons(ATAREB, week));
        assertNull(MergeRules.reasons(ATAREB,
                event("c", "d1", "SMART", 4, SHELL, "الاتارب", "gn:1", 1, "2018-07", "SYR_GOV", null, null)));
        assertNull(MergeRules.reasons(ATAREB,
                event("c", "d2", "SANA", 4, SHELL, "الاتارب", "gn:1", 1, "2018-08", "SYR_GOV", null, null)),
                "across outlets a month names no day");
    }

    @Test
    void insideADocumentUnknownDatesAndAVaguerPlaceStillAgree() {
        Event vague = event("b", "d1", "SMART", 5, SHELL, "ريف حلب الغربي", null, 2, null, "SYR_GOV", null, null);
        Event undated = event("c", "d1", "SMART", 7, SHELL, "ريف حلب الغربي", null, 2, null, null, null, null);
        assertEquals(List.of("same_class:" + SHELL, "same_location:ريف حلب الغربي", "dates_unknown_same_doc",
                "actors_compatible"), MergeRules.reasons(vague, undated));
        assertEquals(7, MergeRules.allowedDays(2));
        assertEquals(3, MergeRules.prec(event("d", "d1", "X", 0, SHELL, null, null, 3, null, null, null, null)));
    }
}
