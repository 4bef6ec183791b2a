package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UnnamedVictimsTest {
    private static ActorAssignment assign(HandBuilt h, String trigger) {
        return h.assign(trigger);
    }

    @Test
    void peopleAbductedWithNoSideNamedAreCivilians() {
        ActorAssignment a = assign(new HandBuilt("اختطف تنظيم داعش أكثر من 220 من أبناء مدينة القريتين الواقعة في محافظة حمص"
                + " معظمهم من المسيحيين.").actor("تنظيم داعش", "ISIS"), "اختطف");
        assertEquals("ISIS", a.actor1());
        assertEquals("CIVILIANS", a.actor2());
    }

    @Test
    void fightersAbductedAreNoCivilians() {
        ActorAssignment a = assign(new HandBuilt("خطفت جبهة النصرة يوم أمس الثلاثاء خمسة مقاتلين على الاقل من الفرقة 30 في"
                + " قرية قاح الحدودية مع تركيا.").actor("جبهة النصرة", "NUSRA"), "خطفت");
        assertEquals("NUSRA", a.actor1());
        assertNull(a.actor2());
    }

    @Test
    void anOfficerNamedByRankIsNoCivilian() {
        ActorAssignment a = assign(new HandBuilt("اعتصم نحو ألف سوري في مدينة اللاذقية معقل الرئيس السوري بشار الأسد للدعوة"
                + " لإنزال العقاب بأحد أفراد عائلته الذي يتهمونه بقتل عقيد في الجيش إثر خلاف على أفضلية المرور.")
                .actor("الرئيس السوري بشار الأسد", "SYR_GOV"), "قتل");
        assertNull(a.actor2());
    }
}
