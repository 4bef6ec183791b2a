package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.rasid.testing.RealTexts;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.junit.jupiter.api.Test;

/** The word gate of the date scan skips only words where the full scan finds nothing. */
class DateResolverGateTest {
    private static final DateResolver GATED = new DateResolver();
    private static final DateResolver FULL = new DateResolver(false);

    @Test
    void gatedEqualsUngatedOnRealText() {
        int found = 0;
        for (RealTexts.Text t : RealTexts.all()) {
            NormalizedText doc = ArabicNormalizer.normalize(t.text());
            LocalDate anchor = t.published() == null ? LocalDate.of(2018, 7, 2) : LocalDate.parse(t.published());
            Span all = new Span(0, t.text().length());
            for (LocalDate a : new LocalDate[] {anchor, null}) {
                List<DateMention> expected = FULL.find(doc, all, a);
                assertEquals(expected, GATED.find(doc, all, a), t.id() + " anchor " + a);
                found += expected.size();
            }
            // regions that start and end inside an expression's neighbourhood
            for (int from = 0; from < t.text().length(); from += 397) {
                Span part = new Span(from, Math.min(t.text().length(), from + 311));
                assertEquals(FULL.find(doc, part, anchor), GATED.find(doc, part, anchor), t.id() + " " + part);
            }
        }
        assertTrue(found > 1000, found + " dates");
    }

    @Test
    void everyKindOfStartPassesTheGate() {
        LocalDate anchor = LocalDate.of(2018, 8, 20);
        int found = 0;
        for (String s : List.of("في 2018/07/02", "عام 2018", "عامي 2017 و2018", "منذ 15 يوما", "خلال الساعات الـ24 الماضية",
                "مساء أمس الإثنين", "يوم الجمعة الماضية", "السابع من أبريل", "والحادي عشر من شهر آذار", "شهر أيار الماضي",
                "بآذار 2011", "13 الشهر الجاري", "و24 مارس / آذار الماضي", "في 5 رمضان 1436 هـ")) {
            NormalizedText doc = ArabicNormalizer.normalize(s);
            List<DateMention> expected = FULL.find(doc, new Span(0, s.length()), anchor);
            found += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, GATED.find(doc, new Span(0, s.length()), anchor), s);
        }
        assertTrue(found >= 12, found + " of 14 found");
    }
}
