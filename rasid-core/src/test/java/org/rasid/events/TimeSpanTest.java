package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Span;

/** Hand-built sentences: a span of days in a violent act's clause makes it a summary, not an incident. */
class TimeSpanTest {
    private static Modality of(String text, String word) {
        return ModalityClassifierTest.of(text, word);
    }

    @Test
    void aCountedSpanAfterTheActIsASummary() {
        assertEquals(Modality.GENERIC, of("وقتل أكثر من 500 مدني خلال 3 أسابيع من القصف على ريف حمص الشمالي.", "قتل"));
        assertEquals(Modality.GENERIC, of("ووثقت الشبكة مقتل 900 شخص في 40 يوما من الغارات على مدن إدلب.", "مقتل"));
    }

    @Test
    void aSpanClosedByItsAdjectiveOrADualIsASummary() {
        assertEquals(Modality.GENERIC, of("وقتل 300 مدني في أحياء حلب الشرقية خلال الأسبوعين الماضيين.", "قتل"));
        assertEquals(Modality.GENERIC, of("وقتل 120 شخصا في ريف درعا خلال الأيام العشرة الأخيرة بحسب ناشطين.", "قتل"));
        assertEquals(Modality.GENERIC, of("وخلال أسبوعين قتل 70 مدنيا في قصف على مدينة الرستن.", "قصف"));
    }

    @Test
    void hoursBeyondADayAreASpanButTheDaysHoursAreNot() {
        assertEquals(Modality.GENERIC, of("وقتل 40 عنصرا من التنظيم خلال الـ 72 ساعة جراء غارات التحالف على مواقعه في الرقة.", "غارات"));
        assertEquals(Modality.GENERIC, of("وأحصى المرصد مقتل 30 مقاتلا خلال ال48 ساعة في قصف على ريف حماة.", "قصف"));
        assertEquals(Modality.OCCURRED, of("وقتل 12 مدنيا خلال الـ 24 ساعة الماضية في قصف على بلدة كفرنبل.", "قصف"));
        assertEquals(Modality.OCCURRED, of("وقتل 5 مدنيين خلال ثلاث ساعات من القصف على بلدة كفرنبل.", "القصف"));
    }

    @Test
    void aCampaignDatedFromItsStartIsASummary() {
        assertEquals(Modality.GENERIC, of("ومنذ بدء الهجوم التركي على منبج قبل خمسة أسابيع، قتل أكثر من 200 مدني.", "قتل"));
    }

    @Test
    void aSpanOfSomethingElseLeavesTheActReported() {
        // the span counts incidents of the kind, not the blast
        assertEquals(Modality.OCCURRED, of("وقتل سبعة مدنيين بانفجار سيارة مفخخة في مدينة الباب، في حادث هو الثاني من نوعه خلال ثلاثة أيام.", "انفجار"));
        // the span measures the offensive told between, not the blast today
        assertEquals(Modality.OCCURRED, of("وانفجرت سيارة مفخخة اليوم في بلدة صوران بعد هجوم شنه التنظيم على مدى ستة أسابيع.", "انفجرت"));
        // a point in a week, and the first day, are no span
        assertEquals(Modality.OCCURRED, of("وقتل خمسة مدنيين في قصف مدفعي على بلدة سرمين في اليوم الأول من الهدنة.", "قصف"));
        // two days still date one incident; a noun between في and the count opens no span
        assertEquals(Modality.OCCURRED, of("وخطف مسلحون خلال اليومين الماضيين ستة عمال في قرية الكستن.", "خطف"));
        assertEquals(Modality.OCCURRED, of("وشنت الطائرات غارات على بلدة التمانعة بعد هدنة في المنطقة لمدة 30 يوما.", "غارات"));
    }

    @Test
    void aSpanInALaterSegmentCountsTheTotalNotTheDay() {
        assertEquals(Modality.OCCURRED, of("وقتل 40 شخصا في القصف على مدينة الرستن الخميس، ليرتفع عدد القتلى إلى 210 خلال 4 أيام.", "قصف"));
    }

    private static final TimeSpan SPANS = new TimeSpan(EventWords.standard());

    /** Whether the toll written as {@code figure} is a total over days. */
    private static boolean total(String text, String figure) {
        Sentence s = new Sentence(ArabicNormalizer.normalize(text), new Span(0, text.length()), EventCues.load());
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.word(i).equals(figure)) {
                return SPANS.totalOverDays(s, i);
            }
        }
        throw new AssertionError("no " + figure + " in " + text);
    }

    @Test
    void aTollCountedOverDaysIsATotal() {
        assertTrue(total("وكثفت الطائرات غاراتها على حمص السبت، لترتفع حصيلة القتلى للهجوم المستمر منذ 3 أسابيع إلى 976 قتيلا.", "976"));
        assertTrue(total("ويشن الجيش منذ 9 آذار حملة على ريف حماة، أسفرت عن مقتل أكثر من 640 مدنيا.", "640"));
        assertTrue(total("وقتل أكثر من 800 مدني في قرى ريف إدلب خلال 5 أسابيع.", "800"));
    }

    @Test
    void aTollDuringACampaignIsATotal() {
        // the outside feed's largest toll: the dead of a campaign of days, not of one shelling
        assertTrue(total("وعقد مجلس الأمن، الخميس، جلسة طارئة لبحث الوضع الإنساني المتردي في الغوطة الشرقية، قرب دمشق، "
                + "حيث لقي أكثر من 400 شخص مصرعهم جراء قصف للنظام خلال حملة التصعيد الأخيرة.", "400"));
    }

    @Test
    void aTollOfTheDayIsNoTotal() {
        // the day's toll told before the running count, in a segment of its own
        assertFalse(total("وقتل 5 مدنيين في قصف على بلدة حزة اليوم، لترتفع الحصيلة منذ بدء الحملة إلى 300.", "5"));
        assertTrue(total("وقتل 5 مدنيين في قصف على بلدة حزة اليوم، لترتفع الحصيلة منذ بدء الحملة إلى 300.", "300"));
        // a relative clause describes the town; منذ a part of the day starts today's shelling
        assertFalse(total("وقتل 3 مدنيين في قصف على بلدة كفرنبل التي تحاصرها قوات النظام منذ 2013.", "3"));
        assertFalse(total("وقتل 12 مدنيا في قصف مستمر منذ صباح اليوم على بلدة الهبيط.", "12"));
        // the day's toll before منذ in its segment; a year after منذ describes the siege
        assertFalse(total("وقتل 6 مدنيين الأحد في بلدة بصرى جراء القصف لترتفع الحصيلة منذ بدء التصعيد إلى 90.", "6"));
        assertFalse(total("وقصفت الطائرات مدينة تلبيسة، المحاصرة منذ عام 2012، ما أسفر عن مقتل 9 مدنيين.", "9"));
    }
}
