package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClashSidesTest {
    private static List<RoledActor> sides(HandBuilt h, String trigger) {
        return ClashSides.of(h.sentence, h.candidate(trigger).t(), h.roles(), HandBuilt.WORDS);
    }

    @Test
    void adverbsMayStandBetweenTheTriggerAndBayn() {
        List<RoledActor> s = sides(new HandBuilt(
                "اندلعت اشتباكات وصفت بالعنيفة، صباح الأحد، بين هيئة تحرير الشام وقوات النظام قرب بلدة كفرنبودة.")
                .actor("هيئة تحرير الشام", "HTS").actor("قوات النظام", "SYR_GOV"), "اشتباكات");
        assertEquals("HTS", s.get(0).id());
        assertEquals("SYR_GOV", s.get(1).id());
    }

    @Test
    void aSideBeforeMinJihaIsTheFirstSide() {
        List<RoledActor> s = sides(new HandBuilt(
                "دارت معارك بين تنظيم الدولة وفصائل أخرى من جهة، وقوات سوريا الديمقراطية من جهة أخرى في ريف الحسكة.")
                .actor("تنظيم الدولة", "ISIS").actor("قوات سوريا الديمقراطية", "SDF"), "معارك");
        assertEquals(2, s.size());
        assertEquals("ISIS", s.get(0).id());
        assertEquals("SDF", s.get(1).id());
    }

    @Test
    void anUnknownSideBeforeMinJihaIsUnnamed() {
        List<RoledActor> s = sides(new HandBuilt(
                "دارت اشتباكات بين مسلحين من أبناء العشائر من جهة، وعناصر تنظيم الدولة من جهة أخرى في ريف دير الزور.")
                .actor("تنظيم الدولة", "ISIS"), "اشتباكات");
        assertNull(s.get(0), "the tribesmen are no actor of the registry");
        assertEquals("ISIS", s.get(1).id());
    }

    @Test
    void baynAfterANamedActorBelongsToAnotherPhrase() {
        List<RoledActor> s = sides(new HandBuilt(
                "اشتباكات تخوضها قوات النظام بين بساتين حرستا والعب ضد فيلق الرحمن.")
                .actor("قوات النظام", "SYR_GOV").actor("فيلق الرحمن", "FAYLAQ_RAHMAN"), "اشتباكات");
        assertTrue(s.isEmpty());
    }

    @Test
    void minBaynIsAmongNotBetween() {
        List<RoledActor> s = sides(new HandBuilt(
                "قتل ثلاثة أشخاص في اشتباكات من بين عناصر قوات النظام في حي جوبر.")
                .actor("قوات النظام", "SYR_GOV"), "اشتباكات");
        assertTrue(s.isEmpty());
    }
    @Test
    void aPartyNamedLaterInTheClauseIsNoSide() {
        List<RoledActor> s = sides(new HandBuilt(
                "وشهدت المنطقة عمليات اغتيال بين الفصائل المسلحة التي رفضت المصالحة مع النظام.")
                .actor("الفصائل المسلحة", "OPPOSITION").actor("النظام", "SYR_GOV"), "اغتيال");
        assertEquals(1, s.size());
        assertEquals("OPPOSITION", s.get(0).id());
    }
    @Test
    void aSideJoinedByWaOnItsTitle() {
        List<RoledActor> s = sides(new HandBuilt(
                "جرى اتصال هاتفي بين الرئيس التركي والرئيس الروسي، فلاديمير بوتين، تناول الوضع في إدلب.")
                .actor("الرئيس التركي", "TUR").actor("فلاديمير بوتين", "RUS"), "اتصال");
        assertEquals(2, s.size());
        assertEquals("RUS", s.get(1).id());
    }
    @Test
    void aFirstSideDescribedAtLengthIsStillTheFirstSide() {
        List<RoledActor> s = sides(new HandBuilt(
                "عقد اجتماع بين كبار المسؤولين في وزارة الدفاع الروسية ووفد من وزارة الدفاع التركية في موسكو.")
                .actor("وزارة الدفاع الروسية", "RUS").actor("وزارة الدفاع التركية", "TUR"), "اجتماع");
        assertEquals("RUS", s.get(0).id());
        assertEquals("TUR", s.get(1).id());
    }
    @Test
    void oneWordMayNameBothSides() {
        List<RoledActor> s = sides(new HandBuilt("واندلعت معارك عنيفة بين الطرفين في محيط مدينة مورك.")
                .actor("الطرفين", "SYR_GOV").actor("الطرفين", "HTS"), "معارك");
        assertEquals(2, s.size());
        assertEquals("HTS", s.get(1).id());
    }

    @Test
    void allNamedBeforeMinJihaAreOneSide() {
        List<RoledActor> s = sides(new HandBuilt(
                "دارت اشتباكات بين حزب الله وقوات النظام من جهة، ومقاتلين محليين من جهة أخرى في بلدة مضايا.")
                .actor("حزب الله", "HEZBOLLAH").actor("قوات النظام", "SYR_GOV"), "اشتباكات");
        assertEquals(1, s.size(), "the other side is no known actor");
        assertEquals("HEZBOLLAH", s.get(0).id());
    }

    @Test
    void minTarafFramesTheSidesAfterAListOfFronts() {
        List<RoledActor> s = sides(new HandBuilt("دارت اشتباكات على أطراف حي الخالدية وعلى محاور دوار شيحان والليرمون شمال حلب،"
                + " بين قوات النظام مدعمة بقوات الدفاع الوطني من طرف، وغرفة عمليات فتح حلب من طرف آخر.")
                .actor("قوات النظام", "SYR_GOV").actor("قوات الدفاع الوطني", "NDF")
                .actor("غرفة عمليات فتح حلب", "OPPOSITION"), "اشتباكات");
        assertEquals(2, s.size());
        assertEquals("SYR_GOV", s.get(0).id());
        assertEquals("OPPOSITION", s.get(1).id());
    }

    @Test
    void farBaynWithoutSideWordsNamesNoSides() {
        List<RoledActor> s = sides(new HandBuilt("دارت اشتباكات على أطراف حي الخالدية وعلى محاور دوار شيحان والليرمون شمال حلب،"
                + " بين قوات النظام وغرفة عمليات فتح حلب.")
                .actor("قوات النظام", "SYR_GOV").actor("غرفة عمليات فتح حلب", "OPPOSITION"), "اشتباكات");
        assertTrue(s.isEmpty());
    }
}
