package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttackerGenitiveTest {
    @Test
    void lamAfterQualifiedShellingMarksTheAttacker() {
        // feed outside gold, ant-sk-middleeast-2953-20180717
        ActorAssignment a = new HandBuilt("أفادت مصادر طبية في مدينة نوى السورية التابعة لمحافظة درعا بخروج المشفى الوحيد"
                + " في المدينة عن الخدمة نتيجة القصف الصاروخي والجوي المكثف لقوات النظام السوري على المدينة.")
                .actor("قوات النظام السوري", "SYR_GOV").assign("القصف الصاروخي");
        assertEquals("SYR_GOV", a.actor1());
        assertTrue(!"SYR_GOV".equals(a.actor2()), String.valueOf(a.actor2()));
    }

    @Test
    void minAfterAnAttackNounNamesWhereTheFireCameFrom() {
        // feed outside gold, ant-sk-middleeast-2781-20180706
        ActorAssignment a = new HandBuilt("وتعرضت الجمعة، منطقة نصيب على الحدود الأردنية السورية لقصف عنيف من الطائرات"
                + " الحربية السورية والروسية، كما أن قصفا جويا ومدفعيا عنيفا استهدف مدينة درعا ومحيطها.")
                .actor("الطائرات الحربية السورية", "SYR_GOV").assign("قصف");
        assertEquals("SYR_GOV", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void aSiteOwnedAfterTheAttackNounStaysTheTarget() {
        ActorAssignment a = new HandBuilt("وقصفت الطائرات الحربية المواقع العسكرية الجديدة لقوات النظام في ريف حماة.")
                .actor("قوات النظام", "SYR_GOV").assign("قصفت");
        assertTrue(!"SYR_GOV".equals(a.actor1()), String.valueOf(a.actor1()));
    }

    @Test
    void aMentionReadWithItsLamIsTheGenitiveToo() {
        // feed outside gold, ant-cn-middleeast-527-20180408
        ActorAssignment a = new HandBuilt("قرر مجلس الأمن الدولي عقد اجتماع طارئ، الإثنين، لمناقشة قضية الهجوم الكيماوي المشتبه"
                + " به للنظام السوري على مدينة دوما الواقعة في غوطة دمشق الشرقية.")
                .actor("للنظام السوري", "SYR_GOV").assign("الهجوم الكيماوي");
        assertEquals("SYR_GOV", a.actor1());
    }

    @Test
    void theSourceOfTheMeansFiredThem() {
        // feed outside gold, snn-2015-07-22-243 (event_cues.tsv agent مصدره)
        ActorAssignment a = new HandBuilt("قتل 18 شخصا وأصيب العشرات بجروح أمس، إثر سقوط صاروخ مصدره قوات النظام السوري على"
                + " حي شعبي في وسط مدينة حلب شمالي سورية.")
                .actor("قوات النظام السوري", "SYR_GOV").assign("صاروخ");
        assertEquals("SYR_GOV", a.actor1());
    }
}
