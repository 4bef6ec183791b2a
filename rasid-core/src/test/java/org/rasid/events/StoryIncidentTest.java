package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class StoryIncidentTest {

    private static Event act(String cameo, String actor1, List<Event> events) {
        return events.stream().filter(e -> cameo.equals(e.cameo()) && actor1.equals(e.actor1())).findFirst()
                .orElseThrow(() -> new AssertionError(events));
    }

    @Test
    void aDenialOfTheMatterTakesThePlaceOfTheStorysIncident() {
        // SNN dev snn-2015-08-02-113: the kidnapping near Azaz, then "نفت الأمر" with no place of its own
        List<Event> events = StoryEvents.coded("نشر تنظيم «جبهة النصرة» ذراع تنظيم القاعدة في سوريا، شريط فيديو "
                + "يؤكد فيه قيامه هذا الاسبوع بخطف مقاتلين سوريين مدربين ضمن البرنامج الاميركي للمعارضة المعتدلة.\n"
                + "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء، قرب مدينة اعزاز في ريف حلب الشمالي، "
                + "حسبما ذكر المرصد السوري لحقوق الانسان والفرقة نفسها. إلّا انّ وزارة الدفاع الاميركية نفت الأمر.",
                "2015-08-02");
        Event denial = act("01", "USA", events);
        assertEquals("SY-HL", denial.admin1());
        assertEquals("اعزاز", denial.locationAr());
    }

    @Test
    void aDemandToFreeTheKidnappedIsAboutTheKidnapping() {
        // SNN dev snn-2015-07-31-1270: "بإطلاق المخطوفين" names the incident's victims
        List<Event> events = StoryEvents.coded("خطفت جبهة النصرة مساء الاربعاء ثمانية عناصر من الفرقة 30 قرب "
                + "مدينة اعزاز في ريف حلب الشمالي.\nوطالبت الفرقة 30 في بيانها \"الأخوة في جبهة النصرة بإطلاق\" "
                + "المخطوفين \"بأقصى سرعة حقناً لدماء المسلمين\".", "2015-07-31");
        assertEquals("SY-HL", act("10", "FSA", events).admin1());
    }

    @Test
    void aStoryOfActsInSeveralGovernoratesHasNoIncident() {
        List<Event> events = StoryEvents.coded("خطفت جبهة النصرة مساء الاربعاء ثمانية عناصر من الفرقة 30 قرب "
                + "مدينة اعزاز في ريف حلب الشمالي. وقصفت قوات النظام الخميس مدينة درعا بالبراميل المتفجرة.\n"
                + "إلّا انّ وزارة الدفاع الاميركية نفت الأمر.", "2015-08-02");
        assertNull(act("01", "USA", events).admin1());
    }

    @Test
    void theStrikesThatAnsweredTheIncidentAreAnotherAct() {
        // feed ant-sk-middleeast-1066-20180415: "الضربات الغربية" answered the chemical attack on Douma; they are not it
        List<Event> events = StoryEvents.coded("قتل عشرات المدنيين السبت في هجوم كيميائي على مدينة دوما.\n"
                + "حذر الرئيس الروسي فلاديمير بوتن الأحد من فوضى في العلاقات الدولية إذا تعرضت سوريا لمزيد من "
                + "الضربات الغربية.", "2018-04-15");
        assertNull(act("11", "RUS", events).admin1());
    }
}
