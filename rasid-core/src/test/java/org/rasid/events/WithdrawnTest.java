package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WithdrawnTest {
    private static String loser(HandBuilt h, String trigger, String actor1) {
        RoledActor a = Withdrawn.of(h.sentence, h.candidate(trigger).t(), h.roles(), actor1, HandBuilt.WORDS);
        return a == null ? null : a.id();
    }

    @Test
    void theSideWithdrawingAfterACaptureLostThePlace() {
        HandBuilt h = new HandBuilt("وبعد حملة عسكرية استمرت شهرين، سيطرت القوات التركية وفصائل سورية موالية لها الأحد على مدينة"
                + " عفرين ذات الغالبية الكردية في شمال سوريا، إثر انسحاب المقاتلين الأكراد منها.")
                .actor("القوات التركية", "TUR").actor("المقاتلين الأكراد", "YPG");
        assertEquals("YPG", loser(h, "سيطرت", "TUR"));
    }

    @Test
    void theSideForcedToWithdrawLostThePlace() {
        HandBuilt h = new HandBuilt("تمكنت الفصائل الإسلامية، من السيطرة على بلدة القرقور وتلتها الواقعتين عند أطراف محافظة إدلب،"
                + " بعد هجوم عنيف أجبروا خلاله قوات النظام على الانسحاب إلى سهل الغاب.")
                .actor("الفصائل الإسلامية", "OPPOSITION").actor("قوات النظام", "SYR_GOV");
        assertEquals("SYR_GOV", loser(h, "السيطرة", "OPPOSITION"));
    }

    @Test
    void unitHeadsMayStandBetweenTheNounAndTheSide() {
        HandBuilt h = new HandBuilt("سيطرت قوات النظام السوري على أكثر من 70 في المئة من مساحة الغوطة الشرقية، بعد انسحاب مقاتلي"
                + " فصيل من المعارضة، وسط موجة نزوح جماعي من الغوطة.")
                .actor("قوات النظام السوري", "SYR_GOV").actor("المعارضة", "OPPOSITION");
        assertEquals("OPPOSITION", loser(h, "سيطرت", "SYR_GOV"));
    }

    @Test
    void actor1sOwnWithdrawalNamesNoLoser() {
        HandBuilt h = new HandBuilt("سيطرت قوات النظام على بلدة مسرابا قبل انسحاب قوات النظام منها إلى دوما.")
                .actor("قوات النظام", "SYR_GOV");
        assertNull(loser(h, "سيطرت", "SYR_GOV"));
    }

    @Test
    void aCaptureWithNoWithdrawalNamesNoLoser() {
        HandBuilt h = new HandBuilt("سيطرت القوات التركية على مدينة عفرين بدعم من فصائل المعارضة.")
                .actor("القوات التركية", "TUR").actor("فصائل المعارضة", "OPPOSITION");
        assertNull(loser(h, "سيطرت", "TUR"));
    }
}
