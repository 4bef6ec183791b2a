package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.pipeline.Pipeline;

/** One incident told at a coarse place and at the one finer place inside it is one event, at the finer place. */
class CoarserTellingTest {
    private static final String STRIKES = "Explosions/Remote violence";
    private static final String SHELLING = "Shelling/artillery/missile attack";
    private static final String AIR = "Air/drone strike";

    private static Event event(String sentence, int start, String trigger, String sub, String place, String admin1,
                               int precision, String date, int timePrecision, String actor1, String actor2) {
        return event(sentence, start, trigger, STRIKES, sub, place, admin1, precision, date, timePrecision, actor1,
                actor2);
    }

    private static Event event(String sentence, int start, String trigger, String type, String sub, String place,
                               String admin1, int precision, String date, int timePrecision, String actor1,
                               String actor2) {
        int at = sentence.indexOf(trigger);
        Evidence evidence = new Evidence(sentence, start, start + sentence.length(),
                List.of(new Evidence.Part("trigger", start + at, start + at + trigger.length(), trigger)));
        return new Event(sentence + sub + place, "d", 0, type, sub, "19", 4, actor1, actor2,
                List.of(), List.of(), place, null, admin1, null, null, null, precision, date, timePrecision, null,
                null, null, null, null, List.of(), evidence, 0.5, List.of(), List.of(), List.of(), List.of());
    }

    /** The event at the capital, as the gazetteer places it (supplement.tsv gn:170654, a city). */
    private static Event atTheCapital(Event e) {
        return e.withPlace("دمشق", "gn:170654", "SY-DI", null, 33.5102, 36.29128, e.geoPrecision(), e.evidence());
    }

    private static List<Event> violent(String text, String published) {
        Document d = new Document("coarser", "coarser", text, null, null, null, published, "UTF-8");
        return Pipeline.withDefaults().process(d).events().stream().filter(e -> e.acledType() != null).toList();
    }

    /** ant-sk-middleeast-1577-20180510: the missiles "around Damascus" are those that fell on Moadamiyeh. */
    @Test
    void theCapitalIsTheTownOfItsOutskirtsTheNextSentenceNames() {
        List<Event> out = violent("وأكد مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، أن الصواريخ الإسرائيلية"
                + " استهدفت مواقع عدة ايرانية، وتابعة لحزب الله اللبناني في جنوب البلاد ووسطها وفي محيط دمشق. وقال"
                + " لفرانس برس أن \"الصواريخ طالت مواقع عدة في محيط دمشق، بينها في بلدة معضمية الشام حيث يتواجد حزب"
                + " الله والايرانيون\".", "2018-05-10");
        assertEquals(1, out.size(), out::toString);
        assertEquals("معضميه الشام", out.get(0).locationAr());
        assertEquals("ISR", out.get(0).actor1(), "the side the coarse telling names");
        assertEquals(2, out.get(0).evidence().spans().stream().filter(p -> Evidence.TRIGGER.equals(p.role())).count(),
                "the evidence keeps both tellings");
    }

    /** ant-sk-middleeast-2331-20180612: the strike on the aid centre "in Hama countryside" is the one on al-Latamna. */
    @Test
    void aCountrysideIsTheOneVillageAnotherSentenceTellsInIt() {
        List<Event> out = violent("قتل وأصيب عدد من المدنيين في قصف صاروخي مكثف استهدف الثلاثاء، مركزا مخصصا لتوزيع"
                + " المواد الإغاثية، في ريف حماة وسط سوريا، وذلك خلال تجمع المدنيين لاستلام المساعدات. وذكرت مصادر"
                + " محلية وشهود عيان، إن المعسكر الروسي المتمركز جنوبي مدينة حلفايا استهدف مدينة اللطامنة بصواريخ شديدة"
                + " الانفجار، ما أدى لسقوط قتلى وجرحى من المدنيين.", "2018-06-12");
        assertEquals(1, out.size(), out::toString);
        assertEquals("اللطامنه", out.get(0).locationAr());
        assertEquals(1, out.get(0).timePrecision(), "the day the coarse telling names");
    }

    /** snn-2015-07-26-156: strikes on Idlib countryside that fell on three villages sum them up; all stay. */
    @Test
    void aCountrysideOverSeveralVillagesIsTheirSummary() {
        String lead = "كما أشار إلى أن «النظام قصف ريف إدلب بالطيران الحربي والمروحي انتقامًا لجنوده المحاصرين».";
        String list = "حيث قصف بلدات كنصفرة والبارة وبليون في جبل الزاوية.";
        Event countryside = event(lead, 300, "قصف", AIR, "ريف ادلب", "SY-ID", 2, "2015-07-25", 2, "SYR_GOV", null);
        Event first = event(list, 100, "قصف", AIR, "كنصفره", "SY-ID", 1, "2015-07-25", 2, "SYR_GOV", null);
        Event second = event(list, 100, "قصف", AIR, "الباره", "SY-ID", 1, "2015-07-25", 2, "SYR_GOV", null);
        assertEquals(3, CoarserTelling.join(List.of(first, second, countryside)).size());
        assertEquals(1, CoarserTelling.join(List.of(first, countryside)).size(), "one village alone is the incident");
    }

    /** snn-2015-07-21-74: a car bomb in Damascus is not the barrels on Zabadani told beside it. */
    @Test
    void aCarBombIsNotTheStrikeToldBesideIt() {
        Event bomb = atTheCapital(event("أن «سيارة مفخخة انفجرت في باب الجابية بوسط العاصمة دمشق».", 0, "سيارة مفخخة",
                "Remote explosive/landmine/IED", "دمشق", "SY-DI", 1, "2015-07-20", 2, null, null));
        Event barrels = event("وثقت عدد البراميل التي ألقيت على مدينة الزبداني.", 80, "البراميل", AIR, "الزبداني",
                "SY-RD", 1, "2015-07-20", 2, "SYR_GOV", null);
        assertEquals(2, CoarserTelling.join(List.of(bomb, barrels)).size());
    }

    /** ant-sk-middleeast-1562-20180510: "north of Damascus" is one item of its sentence's list, beside al-Kiswah. */
    @Test
    void aPlaceOfItsOwnSentencesListIsNoSummary() {
        String own = "وأضاف البيان أن الضربة الإسرائيلية استهدفت أيضا مجمعا عسكريا في الكسوة، ومعسكرا إيرانيا شمال دمشق.";
        Event north = atTheCapital(event(own, 0, "الضربة", AIR, "دمشق", "SY-DI", 2, "2018-05-09", 2, "ISR", "IRN"));
        Event kiswah = event(own, 0, "الضربة", AIR, "الكسوه", "SY-RD", 1, "2018-05-09", 2, "ISR", "IRN");
        Event airport = event("ومن بين المواقع التي تعرضت للقصف مواقع في مطار دمشق الدولي.", 200, "للقصف", SHELLING,
                "مطار دمشق الدولي", "SY-RD", 1, "2018-05-09", 1, "ISR", "IRN");
        assertEquals(3, CoarserTelling.join(List.of(north, kiswah, airport)).size());
        assertEquals(1, CoarserTelling.join(List.of(north, airport)).size(), "told alone, the capital is its outskirts");
    }

    /** snn-2015-08-02-113: the claim of the abduction, dated by the report, is the abduction told with its day. */
    @Test
    void aDayToldInTheReportsWeekIsTheCoarseTellingsDay() {
        Event day = event("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء، قرب مدينة اعزاز.", 0, "خطفت",
                "Violence against civilians", "Abduction/forced disappearance", "اعزاز", "SY-HL", 2, "2015-07-29", 1,
                "NUSRA", "FSA");
        Event claim = event("وتبنت جبهة النصرة خطف العناصر في ريف حلب الشمالي.", 120, "خطف",
                "Violence against civilians", "Abduction/forced disappearance", "ريف حلب الشمالي", "SY-HL", 2,
                "2015-08-01", 2, "NUSRA", "FSA");
        List<Event> out = CoarserTelling.join(List.of(day, claim));
        assertEquals(1, out.size(), out::toString);
        assertEquals("2015-07-29", out.get(0).eventDate());
        Event anotherWeek = event("وتبنت جبهة النصرة خطف العناصر في ريف حلب الشمالي.", 120, "خطف",
                "Violence against civilians", "Abduction/forced disappearance", "ريف حلب الشمالي", "SY-HL", 2,
                "2015-08-10", 2, "NUSRA", "FSA");
        assertEquals(2, CoarserTelling.join(List.of(day, anotherWeek)).size());
    }
}
