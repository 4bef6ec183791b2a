package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarredPassageTest {
    private static boolean barred(String text, String trigger) {
        HandBuilt h = new HandBuilt(text);
        return BarredPassage.precedes(h.sentence, h.trigger(trigger), HandBuilt.WORDS);
    }

    @Test
    void anEntryTriedOrAwaitedIsNotMade() {
        // snn-2015-07-22-28 (dev)
        assertTrue(barred("وأشار إلى «اشتباكات لأكثر من ثماني ساعات متواصلة في محيط البلدتين» حاول خلالها مقاتلون من "
                + "فصائل إسلامية وجبهة النصرة (تنظيم القاعدة في بلاد الشام) دخول البلدتين.", "دخول"));
        // snn-2015-07-21-112 (dev)
        assertTrue(barred("استهدف الأول طلابًا جامعيين في مدينة سوروتش جنوب تركيا الحدودية مع سوريا، وكانوا يستعدون "
                + "للدخول إلى مدينة كوباني (عين العرب) السورية.", "دخول"));
        // ant-sk-middleeast-180-20180309 (feed outside gold)
        assertTrue(barred("إن الجيش التركي وحلفاءه من مقاتلي المعارضة السورية حاصروا عفرين شمال سوريا، ويقتربون من "
                + "دخول وسط المدينة.", "دخول"));
    }

    @Test
    void anEntryBarredOrNotAllowedIsNotMade() {
        // ant-sk-middleeast-888-20180409 (feed outside gold)
        assertTrue(barred("قوات النظام السوري وحلفاؤها يمنعون المراقبين الدوليين من دخول منطقة دوما.", "دخول"));
        // ant-sk-middleeast-758-20180403 (feed outside gold)
        assertTrue(barred("وقال المرصد السوري لحقوق الإنسان، يوم الثلاثاء، إن الجيش التركي منع المهجرين من منطقة دوما "
                + "في غوطة دمشق الشرقية من الدخول إلى جرابلس، شمالي البلاد.", "دخول"));
    }

    @Test
    void anEntryToldAsDoneStays() {
        // ant-sk-middleeast-1162-20180421 (feed outside gold)
        assertFalse(barred("أفاد ناشطون سوريون بدخول الشرطة العسكرية الروسية إلى مدينة الرحيبة في القلمون الشرقي.",
                "دخول"));
        // ant-sk-middleeast-298-20180314 (dev)
        assertFalse(barred("دخلت قوات النظام السوري ليل الأربعاء إلى حمورية، أبرز البلدات الواقعة تحت سيطرة فيلق "
                + "الرحمن.", "دخلت"));
    }
}
