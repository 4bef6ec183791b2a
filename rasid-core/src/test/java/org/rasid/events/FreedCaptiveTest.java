package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class FreedCaptiveTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static boolean frees(String text) {
        HandBuilt h = new HandBuilt(text);
        return FreedCaptive.follows(h.sentence, h.trigger("تحرير"), HandBuilt.WORDS);
    }

    private static List<Event> events(String body) {
        Document d = new Document("t", "t", "صفقة تبادل في سوريا\n" + body, "صفقة تبادل في سوريا", null, null,
                "2018-03-10", "UTF-8");
        return PIPELINE.process(d).events().stream().filter(e -> e.acledType() != null).toList();
    }

    @Test
    void peopleHeldAfterTheWordAreFreedNotGround() {
        assertTrue(frees("وتضمن الاتفاق تحرير الرهائن المحتجزين لدى الفصائل في بلدة مضايا."));
        assertTrue(frees("وجرى تحرير 4 مخطوفين من أهالي بلدة الفوعة."));
        assertTrue(frees("وشمل الاتفاق تحرير لبنانيين محتجزين في ريف حلب."));
        assertTrue(frees("وتم تحرير المدنيين المحاصرين في مدينة دوما."));
    }

    @Test
    void aPlaceAfterTheWordIsStillTaken() {
        assertFalse(frees("أعلنت قوات النظام تحرير بلدة مضايا بريف دمشق."));
        assertFalse(frees("أعلنت قوات النظام تحرير كامل الغوطة الشرقية."));
    }

    @Test
    void aReleaseOfPeopleCodesNoCaptureOfTheTownsNamedLater() {
        List<Event> freed = events("وأعلنت هيئة تحرير الشام يوم السبت تحرير أسرى كانوا محتجزين في سجون النظام بريف إدلب "
                + "مقابل تسليم بلدتي كفريا والفوعة.");
        assertFalse(freed.stream().anyMatch(e -> "Battles".equals(e.acledType())), freed.toString());
        List<Event> taken = events("وأعلنت قوات النظام يوم السبت تحرير بلدة الفوعة بريف إدلب بعد معارك مع الفصائل.");
        assertTrue(taken.stream().anyMatch(e -> e.acledSubType() != null && e.acledSubType().contains("territory")),
                taken.toString());
    }
}
