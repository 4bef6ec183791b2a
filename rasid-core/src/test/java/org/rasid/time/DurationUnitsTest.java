package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;

class DurationUnitsTest {
    private final DurationUnits units = DurationUnits.standard();

    private static String n(String w) {
        return ArabicNormalizer.normalizeTerm(w);
    }

    @Test
    void unitsOfADayOrMoreButNotHours() {
        for (String w : new String[] {"يوم", "يوما", "أيام", "أسبوعا", "أسابيع", "شهرين", "أشهر", "سنوات", "عامين"}) {
            assertTrue(units.isUnit(n(w)), w);
        }
        assertFalse(units.isUnit(n("ساعة")), "an hour spans no day");
        assertFalse(units.isUnit(n("ساعتين")));
        assertFalse(units.isUnit(n("الماضية")));
        assertTrue(units.isHours(n("ساعة")));
        assertTrue(units.isHours(n("ساعات")));
        assertFalse(units.isHours(n("يوم")));
    }

    @Test
    void dualsOfUnitsLongerThanADaySpanByThemselves() {
        for (String w : new String[] {"أسبوعين", "شهرين", "عامين", "سنتين"}) {
            assertTrue(units.isDual(n(w)), w);
        }
        assertFalse(units.isDual(n("يومين")), "two days still date one incident");
        assertFalse(units.isDual(n("أسابيع")));
        assertFalse(units.isDual(n("شهر")));
    }

    @Test
    void pluralsAndTheDay() {
        assertTrue(units.isPlural(n("أيام")));
        assertTrue(units.isPlural(n("شهور")));
        assertFalse(units.isPlural(n("أسبوعين")));
        assertTrue(units.isDay(n("يوم")));
        assertTrue(units.isDay(n("يومين")));
        assertTrue(units.isDay(n("يومان")));
        assertFalse(units.isDay(n("أيام")));
        assertFalse(units.isDay(n("أسبوع")));
    }
}
