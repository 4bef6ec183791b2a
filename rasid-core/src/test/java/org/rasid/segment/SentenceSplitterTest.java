package org.rasid.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.Span;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        return SentenceSplitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void arabicAndLatinPunctuation() {
        assertEquals(List.of("أين وصلت المفاوضات؟", "قال المصدر إن الروس هددوا بإبادة المدينة!", "Reuters said so."),
                split("أين وصلت المفاوضات؟ قال المصدر إن الروس هددوا بإبادة المدينة! Reuters said so."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        String text = "وقال شولغين: \"أصدرت أمانة المنظمة تقريرا مرحليا.\" ونود أن نذكر بذلك.";
        assertEquals(List.of("وقال شولغين: \"أصدرت أمانة المنظمة تقريرا مرحليا.\"", "ونود أن نذكر بذلك."), split(text));
    }

    @Test
    void decimalsAndDomainsDoNotEndSentences() {
        assertEquals(List.of("ارتفع العدد إلى 3.5 مليون نازح وفق العربية.نت اليوم."),
                split("ارتفع العدد إلى 3.5 مليون نازح وفق العربية.نت اليوم."));
    }

    @Test
    void strayPunctuationJoinsThePreviousSentence() {
        // seed 001 has "… مع الأردن وإسرائيل. ."
        String text = "وفق اتفاق رعته روسيا في المنطقة الحدودية مع الأردن وإسرائيل. .";
        assertEquals(List.of(text), split(text));
    }

    @Test
    void spansAreTrimmedAndInsideTheParagraph() {
        String text = "  حلب::\n  انفجرت عبوة ناسفة في بلدة بابتو.   تعرضت قرى جزرايا لقصف مدفعي.  ";
        Span para = new Span(9, text.length());
        List<Span> s = SentenceSplitter.split(text, para);
        assertEquals(2, s.size());
        assertEquals("انفجرت عبوة ناسفة في بلدة بابتو.", s.get(0).of(text));
        assertEquals("تعرضت قرى جزرايا لقصف مدفعي.", s.get(1).of(text));
    }
}
