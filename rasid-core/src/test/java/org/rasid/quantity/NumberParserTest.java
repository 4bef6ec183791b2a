package org.rasid.quantity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Token;

class NumberParserTest {
    private static final NumberParser PARSER = NumberParser.load();

    private static Quantity first(String text) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        List<Token> tokens = ArabicTokenizer.tokenize(doc.text());
        for (int i = 0; i < tokens.size(); i++) {
            var m = PARSER.at(doc, tokens, i);
            if (m.isPresent()) {
                return m.get().quantity();
            }
        }
        return null;
    }

    @Test
    void digitsWesternAndArabicIndic() {
        assertEquals(17, PARSER.parse("17").getAsLong());
        assertEquals(17, PARSER.parse("١٧").getAsLong());
        assertEquals(1125, PARSER.parse("1,125").getAsLong());
        Quantity q = first("ليرتفع إجمالي الحالات إلى ١١٢٥ حالة");
        assertEquals(1125, q.value());
        assertEquals("١١٢٥", q.text());
        assertEquals(4_000_000, first("وتضم نحو 4 ملايين مدني").value());
        assertEquals("approx", first("وتضم نحو 4 ملايين مدني").qualifier());
    }

    @Test
    void numberWordsAndCompounds() {
        assertEquals(5, PARSER.parse("خمسة").getAsLong());
        assertEquals(7, PARSER.parse("سبعة").getAsLong());
        assertEquals(17, PARSER.parse("سبعة عشر").getAsLong());
        assertEquals(12, PARSER.parse("اثنا عشر").getAsLong());
        assertEquals(25, PARSER.parse("خمسة وعشرون").getAsLong());
        assertEquals(300, PARSER.parse("ثلاثمئة").getAsLong());
        assertEquals(3_000_000, PARSER.parse("ثلاثة ملايين").getAsLong());
        assertEquals(3000, PARSER.parse("3 آلاف").getAsLong());
        assertEquals(1000, PARSER.parse("ألف").getAsLong());
        assertEquals(12, first("و12 عنصرًا آخر من قوات النظام").value());
        assertEquals("12", first("و12 عنصرًا آخر من قوات النظام").text());
        assertFalse(PARSER.parse("قوات").isPresent());
    }

    @Test
    void ordinalDaysAndTheCompoundOrdinalAlone() {
        List<Token> t = ArabicTokenizer.tokenize(ArabicNormalizer.normalize("في الحادي عشر من آذار").text());
        assertArrayEquals(new int[] {11, 3}, PARSER.ordinalAt(t, 1).orElseThrow());
        t = ArabicTokenizer.tokenize(ArabicNormalizer.normalize("الحادي والعشرين").text());
        assertArrayEquals(new int[] {21, 2}, PARSER.ordinalAt(t, 0).orElseThrow());
        t = ArabicTokenizer.tokenize(ArabicNormalizer.normalize("الحادي من آذار").text());
        assertTrue(PARSER.ordinalAt(t, 0).isEmpty()); // "الحادي" alone is no day
        t = ArabicTokenizer.tokenize(ArabicNormalizer.normalize("الأول من آذار").text());
        assertArrayEquals(new int[] {1, 1}, PARSER.ordinalAt(t, 0).orElseThrow());
    }

    @Test
    void vagueAmountsKeepTheirTextWithAcledValues() {
        Quantity q = first("تعتقل عشرات الشبان");
        assertTrue(q.vague());
        assertEquals("عشرات", q.text());
        assertEquals(12, q.lowest());
        assertEquals(3, first("لسقوط عدد من القتلى").lowest());
        assertEquals(100, first("مع اقتصار التهجير على بضع مئات رافضين للاتفاق").lowest());
        assertEquals(12000, first("وتهجير عشرات آلاف المدنيين").lowest());
        assertEquals(1000, first("والتي عبر عنها الألاف في الشوارع").lowest());
        assertEquals(100000, first("مئات آلاف الأشخاص قد يقتلون").lowest());
        Quantity more = first("أدى لاستشهاد أكثر من 80 مدنياً");
        assertEquals("أكثر من 80", more.text());
        assertEquals(80, more.lowest());
        assertEquals("more", more.qualifier());
        assertNull(first("أقل من 10 مقاتلين").lowest());
        NormalizedText doc = ArabicNormalizer.normalize("وأكثر من 70 جريحًا");
        var m = PARSER.at(doc, ArabicTokenizer.tokenize(doc.text()), 0).orElseThrow().quantity();
        assertEquals("أكثر من 70", m.text());
        assertEquals(70, m.lowest());
    }
}
