package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rasid.events.StoryEvents.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** A strike the text says hurt nobody hit no civilians, whatever victims another telling names. */
class NoCivilianVictimsTest {
    private static List<Event> events(String text) {
        return StoryEvents.coded(text, "2015-07-26");
    }

    @Test
    void aStrikeWithNoCasualtiesReportedHasNoCivilianTarget() {
        // snn-2015-07-26-156: the strikes on Kansafra, al-Bara and Bilyun hurt nobody; the family killed is
        // another strike's, and the town where people were wounded keeps its civilians
        String text = "في هذه الأثناء، حافظ العنف على وتيرته المرتفعة على جبهات الشمال السوري، وأعلن موقع «الدرر "
                + "الشامية» الإخباري المعارض أن الطيران الحربي التابع لنظام الأسد شن أمس حملة جوية شرسة على "
                + "المناطق المحررة في ريف محافظة إدلب. وذكر أن «الطيران نفذ أكثر من 15 غارة جوية منذ الصباح الباكر "
                + "على ريف إدلب، حيث قصف بلدات كنصفرة والبارة وبليون في جبل الزاوية، ولم ترد أنباء عن وقوع إصابات "
                + "بشرية، واقتصر الأمر على خسائر مادية. وفي الوقت نفسه، استهدف الطيران الحربي بلدة جرجناز في ريف "
                + "معرة النعمان، مما أدى لإصابة عدة أشخاص بجراح». كما أشار إلى أن «النظام قصف ريف إدلب بالطيران "
                + "الحربي والمروحي انتقامًا لجنوده المحاصرين في بلدتَي كفريا والفوعة الشيعيتين». ويأتي هذا التصعيد "
                + "غداة المجزرة المروعة التي ارتكبتها قوات الأسد أول من أمس نتيجة استهدافها قرية كفرموس في شحشبو "
                + "بريف إدلب الجنوبي بالصواريخ الفراغية، وراح ضحيتها ثمانية أشخاص من عائلة واحدة.";
        List<Event> es = events(text);
        Event unhurt = at(es, "كنصفر");
        assertEquals(0, unhurt.fatalities());
        assertNull(unhurt.actor2());
        assertNull(unhurt.evidence().part("actor2"), "no words name a victim");
        assertEquals("CIVILIANS", at(es, "جرجناز").actor2());
    }
}
