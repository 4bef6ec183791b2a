package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.pipeline.Pipeline;

/** One incident told in the lead and again in detail is one event; two incidents stay two. */
class IncidentGrouperTest {
    private static final String AIR = "Air/drone strike";
    private static final String SHELLING = "Shelling/artillery/missile attack";
    private static final IncidentGrouper GROUPER = new IncidentGrouper(EventWords.standard());

    /** A violent event of a sentence at a place; the trigger words are the evidence's trigger. */
    private static Event event(String sentence, int start, String trigger, String sub, String place, String admin1,
                               int precision, String date, int timePrecision) {
        return event(sentence, start, trigger, "Explosions/Remote violence", sub, place, admin1, precision, date,
                timePrecision);
    }

    private static Event event(String sentence, int start, String trigger, String type, String sub, String place,
                               String admin1, int precision, String date, int timePrecision) {
        int at = sentence.indexOf(trigger);
        Evidence evidence = new Evidence(sentence, start, start + sentence.length(),
                List.of(new Evidence.Part("trigger", start + at, start + at + trigger.length(), trigger)));
        return new Event(sentence + sub + place, "d", 0, type, sub, "19", 4, null, null,
                List.of(), List.of(), place, null, admin1, null, null, null, precision, date, timePrecision, null,
                null, null, null, null, List.of(), evidence, 0.5, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theLeadAndTheDetailAreOneEventAtTheFinerPlace() {
        Event lead = event("قتل 15 طفلا في غارة جوية استهدفت مدرسة في الغوطة الشرقية مساء الاثنين.", 0, "غارة جوية",
                AIR, "الغوطه الشرقيه", "SY-RD", 2, "2018-03-19", 1);
        Event detail = event("وأورد المرصد أن الغارة استهدفت بلدة عربين.", 80, "الغارة", AIR, "عربين", "SY-RD", 1,
                "2018-03-19", 2);
        List<Event> out = GROUPER.group(List.of(lead, detail));
        assertEquals(1, out.size(), out::toString);
        assertEquals("عربين", out.get(0).locationAr());
    }

    @Test
    void aNameInsideTheOtherIsTheSamePlace() {
        Event lead = event("انفجارات ضخمة هزت الجمعة مطار حماة العسكري.", 0, "انفجارات", "Remote explosive/landmine/IED",
                "مطار حماه العسكري", "SY-HM", 1, "2018-05-18", 1);
        Event detail = event("وقال إن انفجارات وقعت في مستودعات قرب مدينة حماة.", 50, "انفجارات",
                "Remote explosive/landmine/IED", "حماه", "SY-HM", 1, "2018-05-18", 2);
        assertEquals(List.of(lead), GROUPER.group(List.of(lead, detail)));
    }

    @Test
    void aNewIndefiniteStrikeAtAnotherPlaceIsAnotherIncident() {
        Event countryside = event("تعرضت غالبية قرى ريف درعا لقصف عنيف.", 0, "قصف", SHELLING, "ريف درعا", "SY-DR", 2,
                "2015-07-26", 2);
        Event city = event("ورد النظام بقصف أحياء درعا البلد.", 40, "بقصف", SHELLING, "درعا البلد", "SY-DR", 1,
                "2015-07-26", 2);
        assertEquals(2, GROUPER.group(List.of(countryside, city)).size());
    }

    @Test
    void aTownAndItsCountrysideAreTwoPlaces() {
        Event town = event("قتل ثلاثة مدنيين في قصف مدفعي على مدينة منبج صباح الأحد.", 0, "قصف مدفعي", SHELLING, "منبج",
                "SY-HL", 1, "2018-06-10", 1);
        Event countryside = event("كما طال القصف قرى ريف منبج الغربي.", 70, "القصف", SHELLING, "ريف منبج الغربي",
                "SY-HL", 2, "2018-06-10", 2);
        assertEquals(2, GROUPER.group(List.of(town, countryside)).size());
    }

    @Test
    void differentSubTypesDaysOrSentencesStayApart() {
        Event air = event("تعرضت مدينة دوما لقصف جوي السبت.", 0, "قصف جوي", AIR, "دوما", "SY-RD", 1, "2018-04-07", 1);
        Event shelling = event("واستهدفت مدفعية النظام حقولا في دوما السبت.", 40, "مدفعية", SHELLING, "دوما", "SY-RD", 1,
                "2018-04-07", 1);
        Event dayBefore = event("وكانت الغارات على دوما الجمعة قد قتلت أربعين.", 90, "الغارات", AIR, "دوما", "SY-RD", 1,
                "2018-04-06", 1);
        assertEquals(3, GROUPER.group(List.of(air, shelling, dayBefore)).size());
        Event week = event("وقصفت الطائرات دوما.", 150, "قصفت", AIR, "دوما", "SY-RD", 1, "2018-04-09", 2);
        assertEquals(2, GROUPER.group(List.of(dayBefore, week)).size(),
                "a day told three days before the report's week may be another strike");
    }

    @Test
    void stagesOfADealAreNotGrouped() {
        Event batch = event("وتمثل هاتان الحافلتان الدفعة الثانية من مقاتلي درعا البلد بعد مغادرة الأولى الأربعاء.", 0,
                "الدفعة الثانية من", "Strategic developments", "Agreement", "درعا البلد", "SY-DR", 1, "2021-09-01", 1);
        Event deal = event("وبعد شهر توصلت هيئة المصالحة في درعا البلد إلى اتفاق.", 90, "اتفاق", "Strategic developments",
                "Agreement", "درعا البلد", "SY-DR", 1, "2021-09-02", 2);
        assertEquals(2, GROUPER.group(List.of(batch, deal)).size());
    }

    @Test
    void undatedEventsAreNotGrouped() {
        Event evacuation = event("وتمثل هاتان الحافلتان الدفعة الثانية من مقاتلي درعا البلد.", 0, "الدفعة الثانية من",
                "Agreement", "درعا البلد", "SY-DR", 1, null, 0);
        Event deal = event("وبعد شهر توصلت هيئة المصالحة في درعا البلد إلى اتفاق.", 70, "اتفاق", "Agreement",
                "درعا البلد", "SY-DR", 1, null, 0);
        assertEquals(2, GROUPER.group(List.of(evacuation, deal)).size());
    }

    @Test
    void aReportToldTwiceInADatedArticleIsOneEvent() {
        Document d = new Document("incident", "incident", "سقطت قذائف صاروخية على سوق شعبي في حي كشكول بجرمانا اليوم. "
                + "وأفادت مصادر أن القذائف أطلقتها الفصائل على سوق حي كشكول في جرمانا، وقتلت 35 مدنيا.",
                null, null, null, "2018-03-20", "UTF-8");
        List<Event> violent = Pipeline.withDefaults().process(d).events().stream()
                .filter(e -> e.acledType() != null).toList();
        assertEquals(1, violent.size(), violent::toString);
    }

    @Test
    void anAttackToldWithoutItsWeaponIsTheStrikeThatNamesIt() {
        Event attack = event("نقلت مجموعات معارضة أخبارا عن هجوم عنيف على مدينة دوما السبت.", 0, "هجوم",
                "Violence against civilians", "Attack", "دوما", "SY-RD", 1, "2018-04-07", 1);
        Event chemical = event("وقال مسعفون إن غازا ساما كان داخل البراميل التي أسقطت على دوما.", 70, "غازا ساما",
                "Explosions/Remote violence", "Chemical weapon", "دوما", "SY-RD", 1, "2018-04-08", 2);
        List<Event> one = GROUPER.group(List.of(attack, chemical));
        assertEquals(1, one.size(), one::toString);
        assertEquals(chemical.id(), one.get(0).id());
        // the strike told with its weapon keeps the day the attack was told with
        assertEquals("2018-04-07", one.get(0).eventDate());
        assertEquals(1, one.get(0).timePrecision());
        Event raid = event("وشن مسلحون هجوما على قرية في ريف السويداء.", 0, "هجوما", "Violence against civilians",
                "Attack", "ريف السويداء", "SY-SU", 2, "2018-07-25", 1);
        assertEquals(2, GROUPER.group(List.of(raid, chemical)).size(), "another governorate");
    }
}
