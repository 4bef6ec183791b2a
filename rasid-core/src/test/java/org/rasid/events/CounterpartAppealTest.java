package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rasid.events.VerbalEvents.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartAppealTest {
    // ant-fr-internationalnews-1869-20180617: the hope Macron voices toward Turkey during the call is part of it
    private static final String CALL = "صرح الإليزيه السبت أن الرئيس الفرنسي إيمانويل ماكرون أجرى اتصالا هاتفيا مع "
            + "نظيره التركي رجب طيب أردوغان أعرب خلاله عن أمله في تعزيز الحوار بشكل أكبر مع تركيا وخصوصا فيما يتعلق "
            + "بالأزمة السورية.";

    @Test
    void anAppealToTheOtherPartyOfACallIsPartOfTheCall() {
        assertEquals(List.of("04 FRA"), speakers(CALL));
        // told again after the call with no day of its own: still the call's
        assertEquals(List.of("04 FRA"), speakers(CALL + " ثم أعرب ماكرون عن أمله في تعزيز الحوار بشكل أكبر مع "
                + "تركيا مذكرا بالتزامه بالحوار السياسي والروابط التاريخية بين فرنسا وتركيا."));
    }

    @Test
    void anAppealToAThirdPartyStaysAnEvent() {
        // ant-fr-internationalnews-2779-20180818: Putin's call on the EU before his meeting with Merkel
        List<String> events = speakers("استقبلت المستشارة الألمانية أنغيلا ميركل الرئيس الروسي فلاديمير بوتين "
                + "بقصر ميسيبرغ السبت. وقبيل اللقاء، دعا بوتين الاتحاد الأوروبي للمساهمة ماديا في إعادة الإعمار في سوريا.");
        assertEquals(true, events.contains("02 RUS"), events::toString);
    }
}
