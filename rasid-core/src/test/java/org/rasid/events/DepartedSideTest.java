package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** A departure told with no side of its own is one of the story's deal (ant-sk-middleeast-642, -561, -2943). */
class DepartedSideTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, "2018-03-29", "UTF-8")).events();
    }

    private static Event at(List<Event> es, String place) {
        for (Event e : es) {
            if (place.equals(e.locationAr()) && "Agreement".equals(e.acledSubType())) {
                return e;
            }
        }
        throw new AssertionError("no Agreement at " + place + ": " + es);
    }

    @Test
    void fightersLeavingATownAreTheSideOfTheStorysDeal() {
        String text = "وذكر وكالة سانا للأنباء أن مئة حافلة تنقل 6749 شخصا، ربعهم من المقاتلين، غادرت المنطقة "
                + "الخاضعة لفيلق الرحمن في الغوطة الشرقية. "
                + "وقال مركز المصالحة الذي تديره الوزارة في سوريا إن المقاتلين غادروا مدينة عربين وتوجهوا إلى "
                + "إدلب في شمال البلاد.";
        Event left = at(events(text), "عربين");
        assertEquals("FAYLAQ_RAHMAN", left.actor1());
        assertEquals("SYR_GOV", left.actor2());
        var named = left.evidence().part("actor1");
        assertEquals("فيلق الرحمن", text.substring(named.start(), named.end())); // the deal's words
    }

    @Test
    void aLaterMentionOfTheDealIsNoDeparture() {
        // "يدخل الاتفاق حيز التنفيذ" tells the deal again (placed by the story at دمشق), not a departure
        String text = "توصلت جبهة تحرير الشام \"جبهة النصرة سابقا\"، الثلاثاء، إلى اتفاق مع الميليشيات الإيرانية، "
                + "ينص على إخراج قاطني بلدتي كفريا والفوعة المواليتين لقوات النظام السوري، مقابل إطلاق سراح 1500 "
                + "معتقل من سجون النظام.\n"
                + "وقالت مصادر ميدانية لـ\"سكاي نيوز عربية\" إن الاتفاق ينص على إخراج جميع الموجودين في البلدتين "
                + "الواقعتين بمحيط مدينة إدلب شمالي سوريا باتجاه دمشق وريفها.\n"
                + "في المقابل، يطلق النظام السوري سراح 1500 معتقل من سجونه، بالإضافة إلى عشرات الأسرى العسكريين.\n"
                + "ويتوقع أن يدخل الاتفاق حيز التنفيذ خلال يومين.";
        List<Event> es = events(text);
        assertEquals("HTS", at(es, "كفريا").actor1());
        Event mention = at(es, "دمشق");
        assertNull(mention.actor1(), mention.toString());
        assertNull(mention.actor2());
    }
}
