package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class StatementVenueTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static Event statement(String text) {
        List<Event> es = PIPELINE.process(Document.ofText("t", text)).events();
        return es.stream().filter(x -> "11".equals(x.cameo())).findFirst().orElseThrow(() -> new AssertionError(es));
    }

    @Test
    void theOccasionToldAfterTheQuoteIsWhereTheSpeakerSpoke() {
        Event e = statement("حذر وزير الخارجية البريطاني يوم الثلاثاء روسيا من عواقب دعمها للنظام السوري. "
                + "وجاءت تصريحات الوزير البريطاني خلال مؤتمر صحفي في برلين.");
        assertEquals("DE", e.admin1());
        assertEquals("برلين", e.locationAr());
    }

    @Test
    void anOccasionThatNamesNoSpeakerContinuesTheSentenceBefore() {
        // (a statement on Syria: one abroad on another matter is not coded, OtherMatter)
        Event e = statement("ندد وزير الخارجية الفرنسي يوم الأربعاء بالهجمات على المدنيين السوريين. "
                + "وتابع خلال مؤتمر صحافي في بيروت أن الحل سياسي.");
        assertEquals("LB", e.admin1());
    }

    @Test
    void aPlaceAfterAWordOfTopicIsWhatTheOccasionIsAbout() {
        Event e = statement("انتقد وزير الخارجية التركي يوم الخميس الموقف الأميركي. "
                + "وجاء ذلك خلال مؤتمر صحفي حول الوضع في حلب.");
        assertNull(e.admin1());
    }

    @Test
    void aPlaceInWhatWasSaidIsNotTheVenue() {
        Event e = statement("ندد وزير الخارجية الفرنسي يوم الأربعاء بالهجمات على المدنيين. "
                + "ونقلت الوكالة عنه خلال مؤتمر صحفي أن القصف في حلب يجب أن يتوقف.");
        assertNull(e.admin1());
    }

    @Test
    void anotherSpeakersVenueIsNotTheStatements() {
        Event e = statement("انتقد وزير الخارجية التركي يوم الخميس الموقف الأميركي. "
                + "وقال وزير الخارجية الألماني خلال مؤتمر صحفي في برلين إن الحوار ضروري.");
        assertNull(e.admin1());
    }

    @Test
    void aConferenceHeldInACapitalIsItsSpeakersVenue() {
        Event e = statement("عقد وزير الخارجية البريطاني مؤتمرا صحفيا في العاصمة برلين يوم الاثنين. "
                + "وانتقد الوزير البريطاني روسيا بشدة لدعمها النظام السوري.");
        assertEquals("DE", e.admin1());
    }

    @Test
    void aConferenceThatNoOneHoldsYetIsNoVenue() {
        Event e = statement("انتقد وزير الخارجية اللبناني يوم الجمعة الموقف الإسرائيلي بشدة. "
                + "ومن المقرر عقد مؤتمر آخر في بروكسل الشهر المقبل لدعم لبنان.");
        assertNull(e.admin1());
    }

    @Test
    void aVisitToACityIsWhereTheVisitorSpoke() {
        Event e = statement("حذر وزير الخارجية البريطاني يوم الثلاثاء روسيا من عواقب دعمها للنظام السوري. "
                + "وتأتي تصريحات الوزير البريطاني في اليوم الأول من زيارته لبرلين.");
        assertEquals("DE", e.admin1());
        assertEquals("برلين", e.locationAr());
    }

    @Test
    void aVisitToldWithIlaIsWhereTheVisitorSpoke() {
        Event e = statement("حذر وزير الخارجية البريطاني يوم الثلاثاء روسيا من عواقب دعمها للنظام السوري. "
                + "وجاءت تصريحات الوزير البريطاني خلال زيارته إلى برلين.");
        assertEquals("DE", e.admin1());
    }

    @Test
    void aVisitAfterWhichTheWordsAreToldIsNotTheirVenue() {
        Event e = statement("حذر وزير الخارجية البريطاني يوم الثلاثاء روسيا من عواقب دعمها للنظام السوري. "
                + "وجاءت تصريحات الوزير البريطاني قبيل زيارته لبرلين.");
        assertNull(e.admin1());
    }

    @Test
    void aVisitStillAheadIsNotWhereTheWordsWereSaid() {
        Event e = statement("حذر وزير الخارجية البريطاني يوم الثلاثاء روسيا من عواقب دعمها للنظام السوري. "
                + "ويلتقي الوزير البريطاني خلال زيارته لبرلين المستشارة الألمانية.");
        assertNull(e.admin1());
    }
}
