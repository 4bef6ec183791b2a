package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StruckDeploymentTest {
    private static final TriggerSelector SELECTOR = new TriggerSelector(new ModalityClassifier());
    private static final String BASE = "Headquarters or base established";

    private static List<String> subTypes(String text) {
        HandBuilt h = new HandBuilt(text);
        return SELECTOR.select(h.arguments(), h.triggers).stream().map(c -> String.valueOf(c.sub())).toList();
    }

    @Test
    void aConvoyAttackedIsTheTargetNotADeployment() {
        // ant-sk-middleeast-1982-20180527 (dev) and ant-fr-internationalnews-1478-20180527 (feed outside gold)
        List<String> subs = subTypes("مقاتلين من تنظيم داعش هاجموا الأربعاء رتلا لقوات النظام وقوات روسية حليفة أثناء توقفه "
                + "في نقطة جنوب غرب الميادين، ما تسبب بمقتل 26 من قوات النظام");
        assertFalse(subs.contains(BASE), subs.toString());
        assertFalse(subs.isEmpty(), "the attack itself stays");
    }

    @Test
    void aConvoyThatArrivesIsStillADeployment() {
        // ant-sk-middleeast-3717-20181003 (feed outside gold)
        List<String> subs = subTypes("وصل رتل عسكري تركي آخر، ليل الثلاثاء الأربعاء، إلى مناطق سيطرة الفصائل المعارضة في شمال غرب سوريا");
        assertTrue(subs.contains(BASE), subs.toString());
    }
}
