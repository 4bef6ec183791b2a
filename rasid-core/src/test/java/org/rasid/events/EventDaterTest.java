package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDaterTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 7, 2);

    private static Dating date(HandBuilt h, String trigger, Modality m) {
        return EventDater.date(h.sentence, h.candidate(trigger, m), h.dates, PUBLISHED, PUBLISHED);
    }

    @Test
    void theDateOfTheClauseWithItsEvidence() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام يوم الأحد بلدة كفرنبل في ريف إدلب.")
                .date("يوم الأحد", "2018-07-01", 1);
        Dating d = date(h, "قصفت", Modality.OCCURRED);
        assertEquals("2018-07-01", d.date());
        assertEquals(1, d.precision());
        assertEquals("date", d.part().role());
    }

    @Test
    void withoutADateThePublicationWeek() {
        Dating d = date(new HandBuilt("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي."), "قصفت", Modality.OCCURRED);
        assertEquals("2018-07-02", d.date());
        assertEquals(2, d.precision());
        assertNull(d.mention());
    }

    @Test
    void aMonthHasMonthPrecision() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام في حزيران بلدة كفرنبل في ريف إدلب.").date("حزيران", "2018-06", 1);
        assertEquals(3, date(h, "قصفت", Modality.OCCURRED).precision());
    }

    @Test
    void historyIsNotCoded() {
        HandBuilt old = new HandBuilt("قصفت قوات النظام في آذار 2011 بلدة كفرنبل في ريف إدلب.")
                .date("آذار 2011", "2011-03", 3);
        assertNull(date(old, "قصفت", Modality.OCCURRED));
        HandBuilt year = new HandBuilt("قصفت قوات النظام عام 2014 بلدة كفرنبل في ريف إدلب.");
        assertNull(date(year, "قصفت", Modality.OCCURRED), "an earlier year in the clause");
    }

    @Test
    void backgroundOnlyWithItsOwnDate() {
        HandBuilt h = new HandBuilt("يذكر أن قوات النظام قصفت بلدة كفرنبل في ريف إدلب.");
        assertNull(date(h, "قصفت", Modality.BACKGROUND));
    }

    @Test
    void theDayASourceSpokeIsNotTheEventsDay() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرنبل الأحد، وقال مصدر لسمارت الاثنين إن القصف مستمر.")
                .date("الأحد", "2018-07-01", 1).date("الاثنين", "2018-07-02", 1);
        assertEquals("2018-07-01", date(h, "قصفت", Modality.OCCURRED).date());
    }
}
