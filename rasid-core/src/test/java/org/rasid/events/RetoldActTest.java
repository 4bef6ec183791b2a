package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.pipeline.Pipeline;

/** One incident told again under another sub-type of its class is one event; two sides' acts stay two. */
class RetoldActTest {

    private static List<Event> violent(String text, String published, String place) {
        Document d = new Document("retold", "retold", text, null, null, null, published, "UTF-8");
        return Pipeline.withDefaults().process(d).events().stream()
                .filter(e -> e.acledType() != null && place.equals(e.locationAr())).toList();
    }

    @Test
    void twoWeaponsOfOneStrikeInOneSentenceAreOneEvent() {
        // ant-sk-middleeast-2596-20180625: the missiles and "الضربة" are one Israeli strike
        List<Event> out = violent("ذكر التلفزيون الرسمي السوري في وقت متأخر اليوم الاثنين، أن صاروخين إسرائيليين سقطا "
                + "في محيط مطار دمشق الدولي، فيما قال مصادر إن الضربة الإسرائيلية استهدفت مستودعات لحزب الله.",
                "2018-06-25", "مطار دمشق الدولي");
        assertEquals(1, out.size(), out::toString);
        List<String> triggers = out.get(0).evidence().spans().stream().filter(p -> "trigger".equals(p.role()))
                .map(Evidence.Part::text).toList();
        assertTrue(triggers.containsAll(List.of("صاروخين", "الضربة")), "the evidence keeps both tellings: " + triggers);
    }

    @Test
    void aBackReferenceInALaterSentenceRetellsTheStrike() {
        // snn-2015-08-09-629: "كما أدى القصف لدمار" retells the barrel bombs dropped on the camp that day
        List<Event> out = violent("وذكر ناشطون فلسطينيون في بيان اليوم أن الطائرات الحربية التابعة لنظام الأسد ألقت عدد "
                + "من البراميل المتفجرة على أحياء المدنيين في مخيم درعا للاجئين الفلسطينيين جنوب سوريا. وأشار إلى أن مخيم "
                + "درعا يتعرض منذ بدء أحداث الحرب في سوريا لقصف مستمر بالصورايخ والبراميل المتفجرة أدت إلى سقوط 220 لاجئا "
                + "فلسطينيًا كما أدى القصف لدمار حوالي 70 % من مباني المخيم.", "2015-08-09", "مخيم درعا");
        assertEquals(1, out.size(), out::toString);
        assertEquals("Air/drone strike", out.get(0).acledSubType());
    }

    @Test
    void twoSidesStrikingOnePlaceInOneSentenceAreTwoEvents() {
        // snn-2015-07-22-1341: the factions' shelling and the government's air strikes are two acts
        List<Event> out = violent("وقال المرصد إن الفصائل الإسلامية وجبهة النصرة استأنفت أمس استهداف مناطق في الفوعة "
                + "وكفريا، ذات الغالبية الشيعية بالقصف، بينما نفذ الطيران الحربي السوري أربع غارات على مناطق في محيط "
                + "البلدتين.", "2015-07-22", "كفريا");
        assertEquals(2, out.size(), out::toString);
    }

    @Test
    void aGasAttackAndTheBombingBesideItAreTwoActs() {
        // ant-cn-middleeast-105-20180226 (feed outside gold): the chlorine and the air and artillery bombardment
        Document d = new Document("retold", "retold", "قالت هيئة سورية معارضة تنشط في المجال الصحي إن عدة أشخاص تلقوا "
                + "العلاج في الغوطة الشرقية لدمشق جراء إصابات تشبه عوارضها التعرض لغاز الكلور، بينما استمر القصف الجوي "
                + "والمدفعي للنظام السوري على المنطقة، رغم قرار مجلس الأمن الداعي لوقف إطلاق النار.",
                null, null, null, "2018-02-26", "UTF-8");
        List<String> subTypes = Pipeline.withDefaults().process(d).events().stream()
                .filter(e -> e.acledType() != null).map(Event::acledSubType).toList();
        assertTrue(subTypes.contains("Chemical weapon") && subTypes.contains("Air/drone strike"), subTypes::toString);
    }
}
