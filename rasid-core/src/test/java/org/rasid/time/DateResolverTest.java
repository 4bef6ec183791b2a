package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.testing.SeedSentences;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class DateResolverTest {
    private static final DateResolver RESOLVER = new DateResolver();

    /** "text=date/precision" for each date expression of the sentence. */
    static List<String> dates(String sentence, LocalDate anchor) {
        NormalizedText doc = ArabicNormalizer.normalize(sentence);
        return RESOLVER.find(doc, new Span(0, sentence.length()), anchor).stream()
                .map(d -> d.text() + "=" + d.date() + "/" + d.precision()).toList();
    }

    @Test
    void aRecalledWeekIsDatedByItsMonthBesideTheDayOfTheNews() {
        // a Saturday: last week lies in April whichever day it began on; the strikes keep their day
        assertEquals(List.of("فجر السبت=2018-04-14/1", "الأسبوع الماضي=2018-04/3"),
                dates("شنت الطائرات فجر السبت ضربات بعد هجوم استهدف المدينة الأسبوع الماضي", LocalDate.of(2018, 4, 14)));
        // a Wednesday: last week may have begun in July and ended in August, so it keeps its week
        assertEquals(List.of("الأسبوع الماضي=2018-08-01/2"),
                dates("قصفت الطائرات البلدة الأسبوع الماضي", LocalDate.of(2018, 8, 8)));
    }

    @Test
    void explicitDatesInBothMonthSystems() {
        LocalDate anchor = LocalDate.of(2018, 7, 2);
        assertEquals(List.of("7 نيسان الماضي=2018-04-07/1"),
                dates("استخدام غاز الكلور بقصف النظام للمدينة في 7 نيسان الماضي، والذي أدى لاستشهاد أكثر من 80 مدنياً", anchor));
        assertEquals(List.of("24 مارس / آذار الماضي=2018-03-24/1"),
                dates("وكانت القوات التركية و\"الجيش السوري الحر\"، تمكنا في 24 مارس / آذار الماضي من تحرير عفرين", anchor));
        assertEquals(List.of("2018/07/02=2018-07-02/1"), dates("تاريخ النشر: 2018/07/02 16:12", null));
        assertEquals(List.of("9 يوليو=2018-07-09/1", "2 أغسطس=2018-08-02/1"),
                dates("نفذتها في 9 يوليو طائرة، الرحلة الثانية انطلقت في 2 أغسطس من مطار طهران", LocalDate.of(2018, 9, 3)));
        assertEquals(List.of("السابع من أبريل/ نيسان=2018-04-07/1"),
                dates("إذا كانت أسلحة كيماوية قد استخدمت في المدينة في السابع من أبريل/ نيسان.", LocalDate.of(2018, 4, 25)));
        assertEquals(List.of("7 من شهر أبريل الجاري=2018-04-07/1", "13 الشهر الجاري=2018-04-13/1"),
                dates("قصف مدينة دوما في 7 من شهر أبريل الجاري، وشنت ضربة ثلاثية في 13 الشهر الجاري", LocalDate.of(2018, 4, 25)));
        assertEquals(List.of("منذ 25 حزيران الماضي=2021-06-25/1"),
                dates("منذ 25 حزيران الماضي، فرضت قوات النظام السوري حصارًا", LocalDate.of(2021, 8, 24)));
    }

    @Test
    void bracketedRelativeDayCorrectsTheQuotedOne() {
        LocalDate anchor = LocalDate.of(2016, 3, 10);
        assertEquals(List.of("اليوم (أمس=2016-03-09/1"),
                dates("وقال المتحدث إن «المسلحين الذين هاجموا القرية اليوم (أمس) فروا نحو الجبال»", anchor));
        assertEquals(List.of("غدا (اليوم=2016-03-10/1"),
                dates("وأوضح المصدر أن «وصول القافلة سيكون غدا (اليوم) عند الظهر»", anchor));
        // the span ends at the bracketed word (the closing bracket is no word); brackets that hold no relative day, or a weekday, leave the relative word as written
        assertEquals(List.of("اليوم (الخميس=2016-03-10/1"), dates("أعلن الجيش اليوم (الخميس) سيطرته على التلة", anchor));
        assertEquals(List.of("اليوم=2016-03-10/1"), dates("قصفت الطائرات اليوم (وفق ناشطين) أحياء المدينة", anchor));
    }

    @Test
    void monthsAndYears() {
        LocalDate anchor = LocalDate.of(2018, 8, 20);
        assertEquals(List.of("شهر أيار الماضي=2018-05/3"), dates("رفضت الخروج في شهر أيار الماضي", anchor));
        assertEquals(List.of("أيار الماضي=2018-05/3"), dates("بعد رفضهم الخروج في أيار الماضي.", anchor));
        assertEquals(List.of("شهر تموز=2018-07/3"), dates("وشهد شهر تموز شن الطيران الحربي التركي غارات", anchor));
        assertEquals(List.of("آذار 2011=2011-03/3"), dates("الثورة السورية التي اندلعت منتصف آذار 2011", null));
        assertEquals(List.of("عام 2018=2018/3"), dates("لأنها خرقت اتفاقًا بوساطة روسية عام 2018.", null));
        assertEquals(List.of("عامي 2017=2017/3", "2018=2018/3"), dates("خلال عامي 2017 و 2018.", null));
        assertEquals(List.of("٧ نيسان الماضي=2018-04-07/1"), dates("في ٧ نيسان الماضي", anchor));
        // a plural duration without a number places nothing
        assertEquals(List.of(), dates("خرجت الحافلات الـ 17 التي دخلت دون خروج أي من المحاصرين قبل أشهر.", anchor));
        assertEquals(List.of("قبل 3 أيام=2018-08-17/1"), dates("وصل الوفد قبل 3 أيام", anchor));
        // مارس the verb and آب without a cue are no months
        assertEquals(List.of(), dates("مارس الضغط على الفصائل", anchor));
    }

    @Test
    void hijriDatesOfSaudiOutlets() {
        // "26 شوال 1436 هـ الموافق 11 أغسطس 2015 م": both calendars give the same day
        assertEquals(List.of("26 شوال 1436 هـ=2015-08-11/1", "11 أغسطس 2015=2015-08-11/1"),
                dates("بيروت 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", null));
        assertEquals(List.of("8 رجب 1436هـ=2015-04-27/1"), dates("الصادرة في 8 رجب 1436هـ العدد 15551", null));
        assertEquals(List.of("خلال شهر رمضان الماضي=2015-06/3"), dates("خلال شهر رمضان الماضي", LocalDate.of(2015, 8, 1)));
        // صفر "zero" and رجب a name without a cue are no months
        assertEquals(List.of(), dates("وصل رجب إلى نقطة الصفر", LocalDate.of(2015, 8, 1)));
    }

    @Test
    void weekdaysAndRelativeWordsAgainstTheAnchor() {
        LocalDate tuesday = LocalDate.of(2018, 8, 28);
        assertEquals(List.of("اليوم الثلاثاء=2018-08-28/1"),
                dates("نقلت صحيفة \"عكاظ\" السعودية اليوم الثلاثاء، عن مصدر مطلع", tuesday));
        assertEquals(List.of("مساء أمس الإثنين=2018-08-27/1"),
                dates("قرب قرية ترندة بريف مدينة عفرين بالريف الشمالي مساء أمس الإثنين.", tuesday));
        assertEquals(List.of("الجمعة الماضية=2018-08-24/1"), dates("والتي عبر عنها الألاف في الشوارع الجمعة الماضية.", tuesday));
        assertEquals(List.of("الشهر الماضي=2018-07/3"), dates("وصل الوفد الشهر الماضي", tuesday));
        assertEquals(List.of("الثلاثاء=2018-08-28/1"), dates("كشف مصدر مفاوض لأورينت نت (الثلاثاء) بأن قوات الاحتلال الروسي هددت", tuesday));
        assertEquals(List.of("أمس=2018-08-27/1"), dates("شيع النظام السوري أمس جثمان اللواء", tuesday));
        assertEquals(List.of("اليوم=2018-08-28/1"), dates("كان مقررا اليوم", tuesday));
        assertEquals(List.of("يوم أمس=2018-08-27/1"), dates("أكد في حديث لشبكة \"شام\" يوم أمس", tuesday));
        assertEquals(List.of("الأسبوع المقبل=2018-09-04/2"), dates("سيثير قضية إدلب خلال زيارته لتركيا الأسبوع المقبل", tuesday));
        LocalDate monday = LocalDate.of(2018, 3, 26);
        assertEquals(List.of("خلال 48 ساعة=2018-03-28/2", "غداً (الأربعاء=2018-03-27/1", "يوم (الخميس) القادم=2018-03-29/1"),
                dates("هدد بإبادة المدينة خلال 48 ساعة\" ستنتهي غداً (الأربعاء) الساعة 9 صباحاً، سيمدد حتى يوم (الخميس) القادم", monday));
        assertEquals(List.of("منذ 15 يوما=2018-06-17/2"), dates("وبدأت قوات النظام حملة عسكرية منذ 15 يوما، في ريفي درعا", LocalDate.of(2018, 7, 2)));
        assertEquals(List.of("السبت=2018-06-30/1"), dates("خلال الاجتماع الذي جرى في مدينة بصرى الشام السبت،", LocalDate.of(2018, 7, 2)));
        assertEquals(List.of("خلال يومي السبت=2018-06-30/1", "الأحد=2018-07-01/1"),
                dates("وجرت المفاوضات بين الروس وهيئات مدنية خلال يومي السبت والأحد", LocalDate.of(2018, 7, 2)));
        // the same day as another event is not the story's day
        assertEquals(List.of(), dates("كما تمكن التنظيم في اليوم ذاته من قتل 4 ضباط", tuesday));
    }

    @Test
    void aNightNamedByItsTwoDaysIsDatedAfterMidnight() {
        LocalDate wednesday = LocalDate.of(2018, 8, 29);
        assertEquals(List.of("ليل الاثنين - الثلاثاء=2018-08-28/1"),
                dates("قصفت قوات النظام ليل الاثنين - الثلاثاء بلدة التمانعة", wednesday));
        // the night of two days is already dated by the second: "بعد" moves it no further
        assertEquals(List.of("بعد منتصف ليلة الثلاثاء-الأربعاء=2018-08-29/1"),
                dates("سقطت قذائف بعد منتصف ليلة الثلاثاء-الأربعاء على حي الوعر", wednesday));
        // published on the first day: the night began that evening, its second day is still to come
        assertEquals(List.of("ليل الأربعاء - الخميس=2018-08-29/1"),
                dates("اعترضت الدفاعات الجوية صواريخ ليل الأربعاء - الخميس", wednesday));
        // two days joined by "و" are two days, not a night
        assertEquals(List.of("يومي الاثنين=2018-08-27/1", "الثلاثاء=2018-08-28/1"),
                dates("جرت المفاوضات يومي الاثنين والثلاثاء", wednesday));
    }

    @Test
    void afterMidnightOfANightIsTheNextDay() {
        LocalDate friday = LocalDate.of(2015, 7, 24);
        assertEquals(List.of("بعد منتصف ليل أمس=2015-07-24/1"),
                dates("دارت اشتباكات بعد منتصف ليل أمس بين الفصائل وقوات النظام في حي جمعية الزهراء", friday));
        assertEquals(List.of("بعد منتصف ليل أول من أمس=2015-08-01/1"),
                dates("تهدم جسران جراء غارات للتحالف بعد منتصف ليل أول من أمس", LocalDate.of(2015, 8, 2)));
        // a weekday's night ends on the next day; a night without its second day written is moved by one
        assertEquals(List.of("بعد منتصف ليلة الثلاثاء=2015-07-22/1"),
                dates("قصفت الطائرات المدينة بعد منتصف ليلة الثلاثاء", friday));
        assertEquals(List.of("بعد منتصف ليل الخميس=2015-07-24/1", "الجمعة=2015-07-24/1"),
                dates("سقطت قذائف بعد منتصف ليل الخميس الجمعة على الحي", friday));
        // never past the writing day: a Friday story's "after midnight of Friday" is that morning
        assertEquals(List.of("بعد منتصف ليل الجمعة=2015-07-24/1"),
                dates("استهدفت غارات البلدة بعد منتصف ليل الجمعة", friday));
        assertEquals(List.of("بعد منتصف ليل أمس الأول=2015-07-23/1"),
                dates("فتح الطيران نيران رشاشاته بعد منتصف ليل أمس الأول على محيط المطار", friday));
        // a story written the day before its publication (its weekdays say so) keeps the night's day
        assertEquals(List.of("بعد منتصف ليل أمس=2015-08-04/1", "أمس الثلاثاء=2015-08-04/1"),
                dates("قصفت قوات النظام بعد منتصف ليل أمس مناطق في داريا، وخطفت النصرة أمس الثلاثاء مقاتلين",
                        LocalDate.of(2015, 8, 6)));
        // the night itself, or midnight without "after", stays on the day named
        assertEquals(List.of("منتصف ليل أمس=2015-07-23/1"), dates("اندلعت النيران منتصف ليل أمس", friday));
        assertEquals(List.of("ليل أمس=2015-07-23/1"), dates("قصفت قوات النظام البلدة ليل أمس", friday));
    }

    @Test
    void theNightBeforeLastIsTwoDaysBeforeTheReport() {
        // snn-2015-07-27-773 and snn-2015-07-22-246 (dev): "الليل/الليلة قبل الماضي(ة)", not last night
        assertEquals(List.of("الليل قبل الماضي=2015-07-25/1"),
                dates("قتل خمسة اطفال على الاقل بينهم اربعة اشقاء الليل قبل الماضي اثر سقوط قذيفة صاروخية", LocalDate.of(2015, 7, 27)));
        assertEquals(List.of("الليلة قبل الماضية=2015-07-20/1"),
                dates("وقالت قوة المهام المشتركة في بيان الليلة قبل الماضية: إن الضربات التي وجهت في سورية أصابت وحدات تكتيكية",
                        LocalDate.of(2015, 7, 22)));
    }

    @Test
    void withoutAnchorTheExpressionIsKeptAndNoDateInvented() {
        List<DateMention> found = RESOLVER.find(ArabicNormalizer.normalize("دخلت وحدة من الشرطة العسكرية الروسية، اليوم الثلاثاء، جيب درعا"),
                new Span(0, 60), null);
        assertEquals(1, found.size());
        assertEquals("اليوم الثلاثاء", found.get(0).text());
        assertNull(found.get(0).date());
        assertEquals(1, found.get(0).precision());
        assertEquals(List.of("24 مارس / آذار الماضي=null/1"), dates("في 24 مارس / آذار الماضي من تحرير عفرين", null));
    }

    @Test
    void everyGoldEventDateIsResolvedInItsSentence() {
        List<SeedSentences.Gold> gold = SeedSentences.fromShared();
        if (gold == null) {
            gold = SeedSentences.fromFixture();
        }
        int checked = 0;
        for (SeedSentences.Gold g : gold) {
            if (g.eventDate() == null) {
                continue;
            }
            String text = Seeds.text(g.doc().substring(0, 3));
            NormalizedText doc = ArabicNormalizer.normalize(text);
            // the anchor is the page's own publication line ("تاريخ النشر: 2018/07/02"), when it has one
            LocalDate anchor = RESOLVER.find(doc, new Span(0, text.length()), null).stream()
                    .filter(d -> d.date() != null && d.date().length() == 10).map(d -> LocalDate.parse(d.date()))
                    .findFirst().orElse(null);
            List<String> found = RESOLVER.find(doc, g.sentence(), anchor).stream().map(DateMention::date).toList();
            assertTrue(found.contains(g.eventDate()), g.eventDate() + " not in " + found + ": " + g.sentence().of(text));
            checked++;
        }
        assertEquals(2, checked);
    }

    @Test
    void publicationDateOfSeed003AnchorsItsWeekdays() {
        String text = Seeds.text("003");
        NormalizedText doc = ArabicNormalizer.normalize(text);
        List<DateMention> all = RESOLVER.find(doc, new Span(0, text.length()), LocalDate.of(2018, 7, 2));
        assertTrue(all.stream().anyMatch(d -> d.text().equals("2018/07/02") && "2018-07-02".equals(d.date())), all.toString());
        // "الاثنين" is the publication day itself; "السبت" the 30 June meeting (gold event_date)
        assertTrue(all.stream().anyMatch(d -> d.text().equals("الاثنين") && "2018-07-02".equals(d.date())), all.toString());
        assertTrue(all.stream().anyMatch(d -> d.text().equals("السبت") && "2018-06-30".equals(d.date())), all.toString());
        for (DateMention d : all) {
            assertEquals(d.text(), d.span().of(text));
        }
    }
}
