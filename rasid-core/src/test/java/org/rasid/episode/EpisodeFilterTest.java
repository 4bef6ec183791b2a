package org.rasid.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeFilterTest {
    private static Episode harasta() throws IOException {
        List<org.rasid.model.Event> events = List.of(
                EpisodeEvents.agreement("h1", "2018-03-21", "حرستا", EpisodeEvents.HARASTA, "a",
                        "تم الاتفاق على خروج المقاتلين من حرستا إلى إدلب."),
                EpisodeEvents.agreement("h2", "2018-03-23", "حرستا", EpisodeEvents.HARASTA, "b",
                        "ودخول حافلات لمدينة حرستا من أجل إجلاء المقاتلين."));
        return new EpisodeBuilder(EpisodeRules.load()).build(sink -> events.forEach(sink)).get(0);
    }

    @Test
    void filtersByKindPlaceGovernorateAndOverlapInTime() throws IOException {
        Episode e = harasta();
        assertEquals(true, new EpisodeFilter(null, null, null, null, null).test(e));
        assertEquals(true, new EpisodeFilter("sy-xx", "حَرَسْتا", "evacuation_deal", "2018-03-22", "2018-03-22").test(e));
        assertEquals(true, new EpisodeFilter(null, "sy:h1", null, null, null).test(e));
        assertEquals(false, new EpisodeFilter(null, "دوما", null, null, null).test(e));
        assertEquals(false, new EpisodeFilter(null, null, "truce", null, null).test(e));
        assertEquals(false, new EpisodeFilter(null, null, null, "2018-03-24", null).test(e));
        assertEquals(false, new EpisodeFilter(null, null, null, null, "2018-03-20").test(e));
        assertEquals(false, new EpisodeFilter("SY-RD", null, null, null, null).test(e));
    }

    @Test
    void aBadDayIsRefusedByName() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> EpisodeFilter.fromParams(p -> p.equals("from") ? "March" : null));
        assertEquals("from must be a date yyyy-mm-dd, got 'March'", x.getMessage());
    }
}
