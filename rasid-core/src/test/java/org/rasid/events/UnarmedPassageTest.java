package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnarmedPassageTest {
    private static boolean unarmed(String text, String trigger) {
        HandBuilt h = new HandBuilt(text);
        return UnarmedPassage.follows(h.sentence, h.trigger(trigger), HandBuilt.WORDS);
    }

    @Test
    void inspectorsEnteringTakeNoGround() {
        // ant-sk-middleeast-1152-20180420 (feed outside gold)
        assertTrue(unarmed("قال وزير الخارجية الفرنسي، جان إيف لو دريان، الجمعة، إن روسيا تعرقل دخول مفتشي منظمة حظر "
                + "الأسلحة الكيميائية إلى موقع الهجوم المزعوم في دوما السورية.", "دخول"));
    }

    @Test
    void aStateEnteredOrADealLeftIsNoPassage() {
        // ant-sk-middleeast-3587-20180909 (dev)
        assertTrue(unarmed("يبدو أن تركيا مصممة على الدخول في مواجهة ميدانية مع طهران وموسكو في إدلب شمالي سوريا.",
                "الدخول"));
        // ant-sk-middleeast-89-20180227 (dev)
        assertTrue(unarmed("وأعلن البيان التزامنا التام بإخراج مسلحي جبهة النصرة من الغوطة الشرقية خلال 15 يوما من بدء "
                + "دخول وقف إطلاق النار حيز التنفيذ الفعلي.", "دخول"));
        // ant-fr-internationalnews-1146-20180508 (feed outside gold)
        assertTrue(unarmed("بعيد إعلان الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي الإيراني مساء الثلاثاء، "
                + "أفادت وكالة الأنباء الرسمية السورية بأن الدفاعات الجوية دمرت صاروخين إسرائيليين.", "انسحاب"));
    }

    @Test
    void armedMenEnteringOrWithdrawingStillMoveTheLine() {
        // ant-sk-middleeast-298-20180314 (dev)
        assertFalse(unarmed("دخلت قوات النظام السوري ليل الأربعاء إلى حمورية، أبرز البلدات الواقعة تحت سيطرة فيلق الرحمن.",
                "دخلت"));
        // ant-fr-internationalnews-824-20180420 (dev gold 08)
        assertFalse(unarmed("صحيفة القدس العربي ركزت اهتمامها على دخول القوات السورية لبلدة الضمير.", "دخول"));
        // ant-fr-internationalnews-499-20180318 (feed)
        assertFalse(unarmed("وأشار أحد سكان عفرين إلى انتشار عناصر الفصائل السورية في وسط المدينة وانسحاب المقاتلين "
                + "الأكراد منها.", "انسحاب"));
    }
}
