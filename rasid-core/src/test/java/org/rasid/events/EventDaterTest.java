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
    void withoutADateTheDayTheStoryTells() {
        HandBuilt h = new HandBuilt("وقصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.");
        LocalDate told = PUBLISHED.minusDays(1);
        Dating d = EventDater.date(h.sentence, h.candidate("قصفت", Modality.OCCURRED), h.dates, PUBLISHED, PUBLISHED, told);
        assertEquals("2018-07-01", d.date());
        assertEquals(2, d.precision(), "not a day of the sentence's own");
        HandBuilt own = new HandBuilt("وقصفت قوات النظام يوم الاثنين بلدة كفرنبل في ريف إدلب.")
                .date("يوم الاثنين", "2018-07-02", 1);
        assertEquals("2018-07-02", EventDater.date(own.sentence, own.candidate("قصفت", Modality.OCCURRED), own.dates,
                PUBLISHED, PUBLISHED, told).date(), "the sentence's own day first");
    }

    @Test
    void aContrastClauseKeepsItsDateToItself() {
        HandBuilt h = new HandBuilt("تواصل القصف على حي الوعر منذ صباح أمس، كما قصفت قوات النظام بلدة تلبيسة، "
                + "بينما خطف مسلحون يوم أول أمس شابا في حمص، كما دارت اشتباكات في محيط الرستن.")
                .date("منذ صباح أمس", "2018-07-01", 1).date("يوم أول أمس", "2018-06-30", 1);
        assertEquals("2018-07-01", date(h, "قصفت", Modality.OCCURRED).date(), "not the later contrast clause's day");
        assertEquals("2018-07-01", date(h, "اشتباكات", Modality.OCCURRED).date(), "not the earlier one's either");
        assertEquals("2018-06-30", date(h, "خطف", Modality.OCCURRED).date(), "its own day");
        HandBuilt scene = new HandBuilt("قتل القيادي في غارة جوية بينما كان يتنقل في سيارة قرب سرمدا يوم الأحد.")
                .date("يوم الأحد", "2018-07-01", 1);
        assertEquals("2018-07-01", date(scene, "غارة", Modality.OCCURRED).date(), "بينما كان: the event's own scene");
    }

    @Test
    void aMonthHasMonthPrecision() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام في تموز بلدة كفرنبل في ريف إدلب.").date("تموز", "2018-07", 1);
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
    void aSinceRightAfterTheActIsItsTime() {
        HandBuilt h = new HandBuilt("وستصل القافلة إلى المدينة الأحد، وتأتي بعد اتفاق أبرم عقب مفاوضات منذ أيار.")
                .date("الأحد", "2018-07-01", 1);
        assertNull(date(h, "مفاوضات", Modality.BACKGROUND), "the talks since May are not Sunday's");
        HandBuilt own = new HandBuilt("وكانت قوات النظام قد قصفت بلدة كفرنبل يوم الأحد.").date("يوم الأحد", "2018-07-01", 1);
        assertEquals("2018-07-01", date(own, "قصفت", Modality.BACKGROUND).date(), "its own clause's day");
        HandBuilt going = new HandBuilt("واندلعت اشتباكات منذ الأحد في ريف درعا الشرقي.").date("منذ الأحد", "2018-07-01", 1);
        assertEquals("2018-07-01", date(going, "اشتباكات", Modality.BACKGROUND).date(), "since yesterday: still news");
    }

    @Test
    void theDayASourceSpokeIsNotTheEventsDay() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرنبل الأحد، وقال مصدر لسمارت الاثنين إن القصف مستمر.")
                .date("الأحد", "2018-07-01", 1).date("الاثنين", "2018-07-02", 1);
        assertEquals("2018-07-01", date(h, "قصفت", Modality.OCCURRED).date());
    }

    @Test
    void anIncidentRecalledFromMonthsBeforeIsNotCoded() {
        HandBuilt h = new HandBuilt("وقد التقى الرئيسان في قاعدة حميميم في 11 كانون الأول الماضي.")
                .date("11 كانون الأول", "2018-03-11", 1);
        assertNull(date(h, "التقى", Modality.OCCURRED), "four months before a July article");
        HandBuilt week = new HandBuilt("قصفت قوات النظام بلدة كفرنبل في 25 حزيران.").date("25 حزيران", "2018-06-25", 1);
        assertEquals("2018-06-25", date(week, "قصفت", Modality.OCCURRED).date());
    }

    @Test
    void aDayRecalledWeeksBeforeIsNotCoded() {
        HandBuilt weeks = new HandBuilt("وكانت الطائرات الحربية قد قصفت مدينة سراقب في 10 حزيران الماضي.")
                .date("10 حزيران الماضي", "2018-06-10", 1);
        assertNull(date(weeks, "قصفت", Modality.OCCURRED), "three weeks before a July article: background");
        HandBuilt days = new HandBuilt("وكانت الطائرات الحربية قد قصفت مدينة سراقب في 20 حزيران الماضي.")
                .date("20 حزيران الماضي", "2018-06-20", 1);
        assertEquals("2018-06-20", date(days, "قصفت", Modality.OCCURRED).date(), "within two weeks: news");
    }

    @Test
    void theDateAfterSinceStartsASpan() {
        HandBuilt h = new HandBuilt("وتشن قوات النظام منذ 19 حزيران حملة عسكرية على ريف درعا.")
                .date("19 حزيران", "2018-06-19", 1);
        assertNull(date(h, "تشن", Modality.BACKGROUND), "a campaign since a date is not an event of that date");
        assertEquals("2018-07-02", date(h, "تشن", Modality.OCCURRED).date());
    }

    @Test
    void aDeadlineOrAPlanAfterPublicationDoesNotDateWhatIsReported() {
        // 2018-07-02: "خلال 72 ساعة" resolves to 2018-07-05, a deadline, not the day of the deal
        HandBuilt deal = new HandBuilt("توصلت الفصائل وقوات النظام إلى اتفاق يقضي بخروج المقاتلين من بصرى الشام خلال 72 ساعة.")
                .date("خلال 72 ساعة", "2018-07-05", 2);
        Dating d = date(deal, "اتفاق", Modality.OCCURRED);
        assertEquals("2018-07-02", d.date());
        assertEquals(2, d.precision());
        HandBuilt month = new HandBuilt("قصفت قوات النظام بلدة كفرنبل ومن المقرر أن تستأنف المفاوضات الشهر المقبل.")
                .date("الشهر المقبل", "2018-08", 3);
        assertEquals(2, date(month, "قصفت", Modality.OCCURRED).precision());
    }
}
