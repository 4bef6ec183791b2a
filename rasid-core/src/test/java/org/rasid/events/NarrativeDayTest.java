package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeDayTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 7, 4);
    private static final LocalDate YESTERDAY = PUBLISHED.minusDays(1);

    private static LocalDate[] told(HandBuilt... story) {
        List<Sentence> sentences = new ArrayList<>();
        List<List<Arguments.Date>> dates = new ArrayList<>();
        for (HandBuilt h : story) {
            sentences.add(h.sentence);
            dates.add(h.dates);
        }
        return NarrativeDay.of(sentences, dates, PUBLISHED);
    }

    @Test
    void theSentencesAfterTheLeadTellItsDay() {
        LocalDate[] told = told(
                new HandBuilt("قتل 12 شخصا أمس في قصف جوي على بلدة كفرنبل بريف إدلب الجنوبي.").date("أمس", "2018-07-03", 1),
                new HandBuilt("وأفاد ناشطون أن الطائرات استهدفت سوقا شعبيا وسط البلدة."),
                new HandBuilt("كما دارت اشتباكات بين الفصائل وقوات النظام على أطراف البلدة."));
        assertEquals(YESTERDAY, told[1]);
        assertEquals(YESTERDAY, told[2]);
    }

    @Test
    void aLeadWithoutADayTakesTheFirstDayTheStoryNames() {
        LocalDate[] told = told(
                new HandBuilt("صواريخ أطلقتها الميليشيات على مواقع في ريف حماة لم تبلغ أهدافها."),
                new HandBuilt("وفجر الثلاثاء سقطت الصواريخ قرب بلدة محردة بحسب مصادر محلية.").date("فجر الثلاثاء", "2018-07-03", 1));
        assertEquals(YESTERDAY, told[0]);
    }

    @Test
    void aLaterDayTakesOverFromWhereItIsNamed() {
        LocalDate[] told = told(
                new HandBuilt("قصفت قوات النظام أول من أمس بلدة اللطامنة بريف حماة.").date("أول من أمس", "2018-07-02", 1),
                new HandBuilt("وفي ريف إدلب، دارت اشتباكات أمس بين الفصائل وقوات النظام.").date("أمس", "2018-07-03", 1),
                new HandBuilt("وقتل ثلاثة عناصر من قوات النظام في الاشتباكات قرب بلدة التمانعة."));
        assertEquals(LocalDate.of(2018, 7, 2), told[1]);
        assertEquals(YESTERDAY, told[2]);
    }

    @Test
    void onlyTheDayOfTheNewsCarries() {
        HandBuilt old = new HandBuilt("وسقطت 18 برميلا متفجرا على المدينة يوم السبت بحسب المرصد.").date("يوم السبت", "2018-06-30", 1);
        HandBuilt source = new HandBuilt("وقال المرصد السوري يوم الثلاثاء إن القصف طال أحياء المدينة.")
                .date("يوم الثلاثاء", "2018-07-03", 1);
        HandBuilt recalled = new HandBuilt("وكانت الفصائل قد انسحبت الثلاثاء من أطراف البلدة بعد معارك عنيفة.")
                .date("الثلاثاء", "2018-07-03", 1);
        HandBuilt week = new HandBuilt("وقصفت الطائرات الأسبوع الماضي بلدة كفرنبل في ريف إدلب.")
                .date("الأسبوع الماضي", "2018-06-27", 2);
        HandBuilt after = new HandBuilt("ودارت اشتباكات بين الفصائل وقوات النظام على أطراف البلدة.");
        for (HandBuilt h : List.of(old, recalled, week)) {
            assertArrayEquals(new LocalDate[] {null, null}, told(h, after), h.text);
        }
        // the day a source spoke does not take over from a news day
        HandBuilt news = new HandBuilt("قصفت قوات النظام أول من أمس بلدة اللطامنة بريف حماة.")
                .date("أول من أمس", "2018-07-02", 1);
        assertEquals(LocalDate.of(2018, 7, 2), told(news, source, after)[2]);
    }

    /** ant-sk-middleeast-1345-20180430 (dev), published Monday 30 April 2018. */
    @Test
    void aStoryThatNamesOnlyTheDayItsSourcesSpokeTellsThatDay() {
        LocalDate monday = LocalDate.of(2018, 4, 30);
        HandBuilt lead = new HandBuilt("أكد ناشطون مقتل 40 عنصرا وإصابة 60 آخرين من قوات النظام والميليشيات الإيرانية خلال "
                + "تعرض مواقع عسكرية تابعة للنظام السوري بريفي حماة وحلب لقصف صاروخي.");
        HandBuilt sources = new HandBuilt("وذكرت مصادر محلية سورية، مساء الأحد، أن من بين القتلى 18 عنصرا من الميليشيات "
                + "الإيرانية من جراء الانفجارات والحرائق الضخمة التي اندلعت في جبل البحوث 47 جنوبي مدينة حماة.")
                .date("مساء الأحد", "2018-04-29", 1);
        HandBuilt rockets = new HandBuilt("وأوضحت المصادر أن من بين الجرحى القيادي ومسؤول المركز الإيراني، نتيجة سقوط صواريخ "
                + "عدة على المركز الإيراني الواقع بين مدينة سلحب وقرية نهر البارد في ريف حماة الغربي.");
        LocalDate[] told = NarrativeDay.of(List.of(lead.sentence, sources.sentence, rockets.sentence),
                List.of(lead.dates, sources.dates, rockets.dates), monday);
        assertArrayEquals(new LocalDate[] {LocalDate.of(2018, 4, 29), LocalDate.of(2018, 4, 29), LocalDate.of(2018, 4, 29)},
                told);
    }

    /** ant-sk-middleeast-2929-20180716 (dev), published Monday 16 July 2018. */
    @Test
    void anOlderDayInARelativeClauseDoesNotTakeOver() {
        LocalDate monday = LocalDate.of(2018, 7, 16);
        HandBuilt lead = new HandBuilt("حققت قوات النظام السوري، الاثنين، تقدماً مهما في جنوب البلاد بسيطرتها على تلة "
                + "استراتيجية تطل على هضبة الجولان المحتلة، وفق ما أفادت تقارير إعلامية.").date("الاثنين", "2018-07-16", 1);
        HandBuilt deal = new HandBuilt("وتدخل بلدات درعا تباعاً إلى اتفاق التسوية، الذي خرج بموجبه مئات المقاتلين والمدنيين "
                + "الأحد من مدينة درعا، مركز المحافظة.").date("الأحد", "2018-07-15", 1);
        HandBuilt towns = new HandBuilt("وقال مدير المرصد السوري لحقو الإنسان، رامي عبد الرحمن، إن \"قوات النظام السوري "
                + "سيطرت على بلدات الحارة وسملين وزمرين\" بعد موافقة الفصائل المعارضة فيها على الاتفاق.");
        LocalDate[] told = NarrativeDay.of(List.of(lead.sentence, deal.sentence, towns.sentence),
                List.of(lead.dates, deal.dates, towns.dates), monday);
        assertEquals(monday, told[2]);
        // named in a main clause, the same older day takes over ("وفي ريف إدلب، دارت اشتباكات أمس")
        HandBuilt clash = new HandBuilt("وخرج مئات المقاتلين والمدنيين الأحد من مدينة درعا، مركز المحافظة.")
                .date("الأحد", "2018-07-15", 1);
        told = NarrativeDay.of(List.of(lead.sentence, clash.sentence, towns.sentence),
                List.of(lead.dates, clash.dates, towns.dates), monday);
        assertEquals(LocalDate.of(2018, 7, 15), told[2]);
    }

    @Test
    void withoutAPublicationDateNothingCarries() {
        HandBuilt h = new HandBuilt("قتل 12 شخصا أمس في قصف جوي على بلدة كفرنبل بريف إدلب.").date("أمس", "2018-07-03", 1);
        assertArrayEquals(new LocalDate[] {null, null},
                NarrativeDay.of(List.of(h.sentence, h.sentence), List.of(h.dates, List.of()), null));
    }
}
