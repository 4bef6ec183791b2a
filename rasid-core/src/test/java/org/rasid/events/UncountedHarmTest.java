package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** People a strike hurt, told with no number, are its civilian victims. */
class UncountedHarmTest {

    @Test
    void woundedCiviliansWithNoNumberAreTheShellingsTarget() {
        // snn-2015-08-09-988
        String text = "وفي مدينة حمص، تعرض حي الوعر، منتصف الليل، لقصف عنيف بقذائف الدبابات مصدره قوات الأسد المتمركزة في "
                + "الكلية الحربية، ما أدى لوقوع إصابات من المدنيين.";
        Event e = StoryEvents.at(StoryEvents.coded(text, "2015-08-09"), "الوعر");
        assertEquals("CIVILIANS", e.actor2());
    }

    @Test
    void martyrsOfAnAirStrikeAreItsTarget() {
        // snn-2015-07-21-77
        String text = "وكانت شبكات إعلامية وناشطون في حلب قد نشروا هذه الأسماء يوم، الأحد، بعد استشهاد أصحابها بسبب قصف "
                + "الطائرات النظامية لحي الكلاسة بالبراميل المتفجرة.";
        Event e = StoryEvents.at(StoryEvents.coded(text, "2015-07-21"), "الكلاسه");
        assertEquals("CIVILIANS", e.actor2());
    }

    @Test
    void noNewsOfCasualtiesNamesNoVictims() {
        String text = "قصفت قوات النظام مناطق في بلدة بيت جن بريف دمشق الغربي، دون أنباء عن إصابات.";
        assertNull(StoryEvents.at(StoryEvents.coded(text, "2015-07-24"), "بيت جن").actor2());
    }

    @Test
    void woundedOfANamedSideAreNoCivilians() {
        String text = "استهدفت الفصائل المعارضة بلدة المنصورة بقذائف الهاون، ما أدى لوقوع إصابات في صفوف قوات النظام.";
        Event e = StoryEvents.at(StoryEvents.coded(text, "2015-08-09"), "المنصوره");
        assertEquals(false, "CIVILIANS".equals(e.actor2()));
    }

    @Test
    void noDetailsOfVictimsNamesNone() {
        // ant-cn-middleeast-92-20180225 (feed outside gold)
        String text = "وقال المرصد في التقرير المنشور على موقعه الرسمي إن مقاتلات النظام استهدفت منطقة الشيفونية، دون تقديم "
                + "تفاصيل عن سقوط ضحايا أو خسائر مادية.";
        for (Event e : StoryEvents.coded(text, "2018-02-25")) {
            assertEquals(false, "CIVILIANS".equals(e.actor2()));
        }
    }
}
