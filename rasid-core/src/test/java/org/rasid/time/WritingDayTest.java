package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritingDayTest {
    private static final String STORY =
            "اعتقلت قوات الأمن أمس الأربعاء ثلاثة شبان في بلدة نوى، وسقطت قذائف مساء أمس على بلدة طفس.";

    @Test
    void aWeekdayBesideYesterdayDatesAStoryPublishedLate() {
        // published on Friday, written on Thursday: "أمس الأربعاء" and every other "أمس" are Wednesday
        assertEquals(List.of("أمس الأربعاء=2018-08-29/1", "مساء أمس=2018-08-29/1"),
                DateResolverTest.dates(STORY, LocalDate.of(2018, 8, 31)));
    }

    @Test
    void aWeekdayThatFitsThePublicationDateChangesNothing() {
        assertEquals(List.of("أمس الأربعاء=2018-08-29/1", "مساء أمس=2018-08-29/1"),
                DateResolverTest.dates(STORY, LocalDate.of(2018, 8, 30)));
    }

    @Test
    void pairsThatDisagreeOrAFarWeekdayKeepThePublicationDate() {
        String mixed = "اعتقلت قوات الأمن أمس الأربعاء ثلاثة شبان، وقال ناشطون اليوم الجمعة إن القصف استمر أمس.";
        assertEquals(List.of("أمس الأربعاء=2018-08-30/1", "اليوم الجمعة=2018-08-31/1", "أمس=2018-08-30/1"),
                DateResolverTest.dates(mixed, LocalDate.of(2018, 8, 31)));
        // Sunday named as yesterday in a Friday story: five days off, a slip, not a late date
        assertEquals(List.of("أمس الأحد=2018-08-30/1"),
                DateResolverTest.dates("قصفت قوات النظام أمس الأحد بلدة طفس.", LocalDate.of(2018, 8, 31)));
    }
}
