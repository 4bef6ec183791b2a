package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.pipeline.Pipeline;

/**
 * An incident told twice in a story keeps the day its retelling gives; the retelling's toll fills a report
 * without one and never lowers one.
 */
class RetoldIncidentTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();
    private static final String AIR = "Air/drone strike";

    private static List<Event> events(String text, String published) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, published, "UTF-8")).events();
    }

    private static Event strike(int start, String place, int precision, String date, int timePrecision,
                                Integer killed, String killedText) {
        Evidence ev = new Evidence("s", start, start + 10, List.of(
                new Evidence.Part("trigger", start, start + 4, "غارة"),
                new Evidence.Part("fatalities", start + 5, start + 8, killedText == null ? "" : killedText)));
        return new Event("e" + start, "d", 0, "Explosions/Remote violence", AIR, "18", 4, null, null, List.of(),
                List.of(), place, null, "SY-ID", null, null, null, precision, date, timePrecision, killed, killedText,
                null, null, null, List.of(), ev, 0.5, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theDayOfALaterSentenceThatRetellsTheStrike() {
        // 2019-06-12 is a Wednesday: "الاثنين" is 2019-06-10
        List<Event> es = events("قصفت طائرات حربية بلدة كفرنبل بريف إدلب الجنوبي. وكانت الغارات على البلدة قد بدأت فجر"
                + " الاثنين.", "2019-06-12");
        assertEquals(1, es.size(), es::toString);
        assertEquals("2019-06-10", es.get(0).eventDate());
        assertEquals(1, es.get(0).timePrecision());
    }

    @Test
    void theWeekOfTheReportGivesWayToADay() {
        Event week = strike(0, "سراقب", 1, "2019-06-12", 2, null, null);
        Event day = strike(100, "ريف ادلب", 2, "2019-06-11", 1, null, null);
        Event joined = RetoldIncident.join(week, day);
        assertEquals("2019-06-11", joined.eventDate());
        assertEquals(1, joined.timePrecision());
        assertEquals("سراقب", joined.locationAr());
        assertNull(joined.fatalities());
        assertSame(day, RetoldIncident.join(day, week));
    }

    @Test
    void aTollIsNotCarriedOver() {
        // "تسعة من القتلى مدنيون" retells a subset of the victims, not a lower toll
        Event eleven = strike(0, "دمشق", 1, "2019-06-12", 1, 11, "11");
        Event nine = strike(100, "دمشق", 1, "2019-06-12", 1, 9, "تسعة");
        assertSame(eleven, RetoldIncident.join(eleven, nine));
    }

    @Test
    void aReportWithNoTollTakesTheRetellings() {
        List<Event> es = events("قصفت الطائرات الحربية بلدة سراقب في ريف إدلب يوم الاثنين. وأسفر القصف عن مقتل"
                + " خمسة مدنيين بينهم طفلان.", "2019-06-12");
        assertEquals(1, es.size(), es::toString);
        assertEquals("سراقب", es.get(0).locationAr());
        assertEquals(5, es.get(0).fatalities());
        assertEquals("خمسة", es.get(0).evidence().part("fatalities").text());
        Event none = strike(200, "سراقب", 1, "2019-06-12", 2, null, null);
        Event area = strike(300, "ريف ادلب", 2, "2019-06-12", 1, 9, "تسعة");
        assertEquals(9, RetoldIncident.join(none, area).fatalities());
        assertEquals(305, RetoldIncident.join(none, area).evidence().part("fatalities").start());
    }

    @Test
    void aFinerPlacesOrAGovernoratesTollIsNotTaken() {
        // "مقتل طفل في الهبيط" is no toll of the strikes on the governorate
        Event governorate = strike(0, "محافظة ادلب", 3, "2019-06-12", 1, null, null);
        Event town = strike(100, "الهبيط", 1, "2019-06-12", 1, 1, "طفل");
        assertNull(RetoldIncident.join(governorate, town).fatalities());
        // "ارتفعت حصيلة ضحايا القصف على المحافظة إلى 38" is no toll of one town
        Event saraqib = strike(200, "سراقب", 1, "2019-06-12", 1, null, null);
        Event total = strike(300, "محافظة ادلب", 3, "2019-06-12", 1, 38, "38");
        assertNull(RetoldIncident.join(saraqib, total).fatalities());
    }

    private static Event sides(int start, String actor1, String actor1Words, String actor2, String actor2Words) {
        List<Evidence.Part> parts = new java.util.ArrayList<>();
        parts.add(new Evidence.Part("trigger", start, start + 4, "قصفت"));
        if (actor1Words != null) {
            parts.add(new Evidence.Part("actor1", start + 5, start + 9, actor1Words));
        }
        if (actor2Words != null) {
            parts.add(new Evidence.Part("actor2", start + 10, start + 14, actor2Words));
        }
        Evidence ev = new Evidence("s", start, start + 20, List.copyOf(parts));
        return new Event("e" + start, "d", 0, "Explosions/Remote violence", AIR, "18", 4, actor1, actor2, List.of(),
                List.of(), "كفرنبل", null, "SY-ID", null, null, null, 1, "2019-06-12", 1, null, null,
                null, null, null, List.of(), ev, 0.5, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aSideTheKeptReportLeavesUnnamedComesFromTheRetelling() {
        // "وقصفت طائرات حربية بلدة كفرنبل" kept; "شنت طائرات النظام غارات على كفرنبل" names the striker
        Event kept = sides(300, null, null, null, null);
        Event retold = sides(0, "SYR_GOV", "طائرات النظام", "OPPOSITION", "الفصائل");
        Event joined = RetoldIncident.join(kept, retold);
        assertEquals("SYR_GOV", joined.actor1());
        assertEquals("OPPOSITION", joined.actor2());
        // the evidence of a filled side points at the sentence that named it
        assertEquals(5, joined.evidence().part("actor1").start());
        assertEquals(10, joined.evidence().part("actor2").start());
        assertEquals(300, joined.evidence().part("trigger").start());
    }

    @Test
    void theJoinedEvidenceHasOnePartPerRoleFromTheTellingThatGaveIt() {
        // "قصفت طائرات حربية بلدة كفرنبل" (the report's week) kept; "شنت طائرات النظام فجر الاثنين غارات" gives
        // the day and the striker: the kept date words give way, the kept trigger and place stay, nothing doubles
        Evidence keptWords = new Evidence("s", 300, 340, List.of(new Evidence.Part("trigger", 300, 304, "قصفت"),
                new Evidence.Part("date", 320, 326, "اليوم"), new Evidence.Part("place", 330, 336, "كفرنبل")));
        Evidence retoldWords = new Evidence("s", 0, 60, List.of(new Evidence.Part("trigger", 0, 3, "شنت"),
                new Evidence.Part("actor1", 4, 17, "طائرات النظام"), new Evidence.Part("date", 18, 29, "فجر الاثنين"),
                new Evidence.Part("place", 40, 46, "ادلب")));
        Event kept = new Event("k", "d", 0, "Explosions/Remote violence", AIR, "18", 4, null, null, List.of(),
                List.of(), "كفرنبل", null, "SY-ID", null, null, null, 1, "2019-06-12", 2, null, null,
                null, null, null, List.of(), keptWords, 0.5, List.of(), List.of(), List.of(), List.of());
        Event retold = new Event("r", "d", 0, "Explosions/Remote violence", AIR, "18", 4, "SYR_GOV", null, List.of(),
                List.of(), "ريف ادلب", null, "SY-ID", null, null, null, 2, "2019-06-10", 1, null, null,
                null, null, null, List.of(), retoldWords, 0.5, List.of(), List.of(), List.of(), List.of());
        Event joined = RetoldIncident.join(kept, retold);
        assertEquals("2019-06-10", joined.eventDate());
        assertEquals("SYR_GOV", joined.actor1());
        List<String> roles = joined.evidence().spans().stream().map(Evidence.Part::role).sorted().toList();
        assertEquals(List.of("actor1", "date", "place", "trigger"), roles, joined.evidence()::toString);
        assertEquals(18, joined.evidence().part("date").start());
        assertEquals(4, joined.evidence().part("actor1").start());
        assertEquals(300, joined.evidence().part("trigger").start());
        assertEquals(330, joined.evidence().part("place").start());
        assertEquals(300, joined.evidence().start());
    }

    @Test
    void aNamedSideIsNeverReplaced() {
        Event kept = sides(300, "RUS", "الطائرات الروسية", null, null);
        Event retold = sides(0, "SYR_GOV", "طائرات النظام", "RUS", "روسيا");
        Event joined = RetoldIncident.join(kept, retold);
        assertEquals("RUS", joined.actor1());
        // the retelling's second side is the kept report's first: no side against itself
        assertNull(joined.actor2());
        assertSame(kept, joined);
    }

    @Test
    void aDefaultSideWithoutWordsIsNotCarried() {
        // civilians coded for unnamed victims are no side the retelling names in its own words
        Event kept = sides(300, "SYR_GOV", "قوات النظام", null, null);
        Event retold = sides(0, "SYR_GOV", "قوات النظام", "CIVILIANS", null);
        assertSame(kept, RetoldIncident.join(kept, retold));
    }

    @Test
    void theTellingThatNamesTheStrikerGivesWhomItStruck() {
        // ant-sk-middleeast-92-20180227: the shelling kept by its day names no side; the retelling names the
        // government's forces and hits residential quarters (civilians, a side without words of its own)
        List<Event> es = events("وأفاد مراسل لوكالة فرانس برس في مدينة دوما، كبرى مدن الغوطة الشرقية، والمرصد السوري"
                + " لحقوق الإنسان عن هدوء خلال الليل وحتى صباح الثلاثاء تخلله سقوط قذائف مدفعية. وفي سياق متصل ذكرت"
                + " مصادر لسكاي نيوز عربية أن القوات الحكومية قصفت بالمدفعية الثقيلة والصواريخ، الأحياء السكنية في"
                + " مدينة دوما.", "2018-02-27");
        assertEquals(1, es.size());
        Event shelling = es.get(0);
        assertEquals("SYR_GOV", shelling.actor1());
        assertEquals("CIVILIANS", shelling.actor2());
        // the kept telling's sentence stands; the striker's words point into the retelling
        assertEquals(0, shelling.evidence().start());
        assertTrue(shelling.evidence().part("actor1").start() > shelling.evidence().end());
    }

    @Test
    void aSideReadFarFromTheActIsNotCarried() {
        // "المجموعات التي نقلت أخبار الهجوم كانت الخوذ البيضاء": a reporter far after the trigger
        Evidence far = new Evidence("s", 0, 200, List.of(new Evidence.Part("trigger", 0, 6, "الهجوم"),
                new Evidence.Part("actor1", 120, 132, "الخوذ البيضاء")));
        Event retold = sides(0, "WHITE_HELMETS", null, null, null);
        retold = new Event(retold.id(), retold.doc(), 0, retold.acledType(), retold.acledSubType(), "18", 4,
                "WHITE_HELMETS", null, List.of(), List.of(), "كفرنبل", null, "SY-ID", null, null, null, 1,
                "2019-06-12", 1, null, null, null, null, null, List.of(), far, 0.5, List.of(), List.of(),
                List.of(), List.of());
        Event kept = sides(300, null, null, null, null);
        assertSame(kept, RetoldIncident.join(kept, retold));
    }

    @Test
    void aCampaignsTollIsNotTheIncidents() {
        // ant-sk-middleeast-2741-20180704: the documentation office's count of the campaign, told after the blast
        List<Event> es = events("تصدت فصائل الجيش السوري الحر، الأربعاء، لهجوم مكثف لقوات النظام مدعومة بميلشيات إيرانية على محور"
                + " القاعدة الجوية بالقرب من بلدة كحيل بريف درعا الشرقي.\nوأوضحت المصادر أن الفصائل صد محاولات تقدم لقوات"
                + " النظام على محاور تل السمن ومحور التابلين في محيط مدينة طفس وكبدتهم خسائر في العتاد والأرواح.\nوتأتي"
                + " هذه التطورات، بعد انفجار عنيف، الثلاثاء، استهدف منطقة مستودعات عسكرية ضمن مناطق سيطرة قوات النظام السوري"
                + " وحلفائها.\nوسبقت هذا الانفجار سلسلة انفجار أخرى، طالت مستودعات أسلحة لقوات النظام وحلفائها، في مناطق"
                + " ومطارات سورية عدة.\nمن جانب آخر، كشف مكتب التوثيق في محافظة درعا مقتل ما يقارب 311 شخص من بينهم 218"
                + " مدنيا و93 من عناصر الجيش السوري الحر على يد النظام وميليشياته جنوبي سوريا.", "2018-07-04");
        Event blast = es.stream().filter(e -> "Remote explosive/landmine/IED".equals(e.acledSubType())).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertNull(blast.fatalities(), blast::toString);
    }
}
