package org.rasid.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rasid.actors.ActorRecognizerTest.found;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The coalition led by Washington" is one name of COALITION: the leading state inside it is no second actor. */
class CoalitionNameTest {
    @Test
    void theCoalitionLedByAStateIsTheCoalition() {
        assertEquals(List.of("COALITION=التحالف الدولي بقيادة واشنطن", "ISIS=تنظيم الدولة"),
                found("وقصفت طائرات التحالف الدولي بقيادة واشنطن مواقع تنظيم الدولة قرب البوكمال"));
        assertEquals(List.of("COALITION=التحالف بقيادة الولايات المتحدة"),
                found("وقال متحدث باسم التحالف بقيادة الولايات المتحدة إن الغارات دمرت جسرا"));
        assertEquals(List.of("COALITION=التحالف الذي تقوده الولايات المتحدة"),
                found("شنت طائرات التحالف الذي تقوده الولايات المتحدة عشر غارات قرب الحسكة"));
        assertEquals(List.of("COALITION=التحالف الدولي الذي تقوده الولايات المتحدة"),
                found("شن التحالف الدولي الذي تقوده الولايات المتحدة غارات قرب الرقة"));
        assertEquals(List.of("COALITION=التحالف الدولي الذي تقوده واشنطن"),
                found("وأعلن التحالف الدولي الذي تقوده واشنطن مقتل قيادي في التنظيم"));
    }

    @Test
    void ledByAnAmericanAdjectiveOrUnderItsOtherWord() {
        assertEquals(List.of("COALITION=الائتلاف الدولي بقيادة أميركية"),
                found("ونفذ الائتلاف الدولي بقيادة أميركية غارات على جسر في دير الزور"));
        assertEquals(List.of("COALITION=التحالف الدولي بقيادة أمريكية"),
                found("ونفذ التحالف الدولي بقيادة أمريكية غارات على جسر في دير الزور"));
        assertEquals(List.of("COALITION=التحالف بقيادة أمريكا"),
                found("ونفذ التحالف بقيادة أمريكا غارات على جسر في دير الزور"));
    }

    @Test
    void aForceBackedByWashingtonIsThatForceAlone() {
        // the backer named inside the name is no party of the event
        assertEquals(List.of("SDF=قوات سوريا الديمقراطية المدعومة من واشنطن", "ISIS=تنظيم الدولة"),
                found("وتقدمت قوات سوريا الديمقراطية المدعومة من واشنطن في آخر جيب لتنظيم الدولة"));
        assertEquals(List.of("YPG=وحدات حماية الشعب الكردية المدعومة أمريكيا"),
                found("واشتبكت وحدات حماية الشعب الكردية المدعومة أمريكيا مع مسلحين قرب منبج"));
    }
}
