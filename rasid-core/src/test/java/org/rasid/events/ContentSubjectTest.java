package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSubjectTest {
    private static String bearer(HandBuilt h, String trigger) {
        List<RoledActor> roles = h.roles();
        RoledActor speaker = SpeechContent.speaker(h.trigger(trigger), roles);
        RoledActor a = ContentSubject.of(h.sentence, h.trigger(trigger), roles, speaker);
        return a == null ? null : a.id();
    }

    @Test
    void theSubjectOfTheContentIsWhomTheThreatAims() {
        // the party after the trigger stands in the condition, not in the threat
        assertEquals("SYR_GOV", bearer(new HandBuilt(
                "وقال الرئيس التركي لنظيره الروسي إن النظام السوري سيواجه عواقب وخيمة إذا تحالف مع المسلحين الأكراد.")
                .actor("الرئيس التركي", "TUR").actor("الروسي", "RUS").actor("النظام السوري", "SYR_GOV")
                .actor("المسلحين الأكراد", "YPG"), "عواقب وخيمة"));
        assertEquals("RUS", bearer(new HandBuilt("وأكد وزير الخارجية البريطاني أن موسكو تتحمل المسؤولية عن قصف المستشفى.")
                .actor("وزير الخارجية البريطاني", "GBR").actor("موسكو", "RUS"), "تتحمل المسؤولية"));
    }

    @Test
    void noContentOrNoSubjectInItGivesNone() {
        // the speaker himself, and a threat with no إن/أن before it
        assertNull(bearer(new HandBuilt("وقال وزير الدفاع الإسرائيلي إن إسرائيل سترد ردا قاسيا على أي هجوم.")
                .actor("وزير الدفاع الإسرائيلي", "ISR").actor("إسرائيل", "ISR"), "ردا قاسيا"));
        assertNull(bearer(new HandBuilt("وتوعد الرئيس الأميركي النظام السوري بثمن باهظ بعد الهجوم.")
                .actor("الرئيس الأميركي", "USA").actor("النظام السوري", "SYR_GOV"), "ثمن باهظ"));
    }
}
