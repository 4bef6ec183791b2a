package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnLossesTest {
    private static boolean announced(HandBuilt h, String trigger, String speaker) {
        Candidate c = h.candidate(trigger);
        List<Arguments.Count> own = TollAssigner.countsOf(h.sentence, c.t(), List.of(c), h.counts);
        RoledActor a = null;
        for (RoledActor r : h.roles()) {
            a = a == null && r.id().equals(speaker) ? r : a;
        }
        return OwnLosses.announced(h.sentence, c.t(), a, own);
    }

    @Test
    void aSideAnnouncingItsOwnDeadIsTheSideHit() {
        HandBuilt h = new HandBuilt("أعلنت وزارة الدفاع الروسية، الأربعاء، مقتل ثلاثة جنود روس في قصف بقذائف الهاون على قاعدة قرب حلب.")
                .actor("وزارة الدفاع الروسية", "RUS").actor("روس", "RUS")
                .count("مقتل ثلاثة جنود روس", "killed", 3, "RUS");
        assertTrue(announced(h, "قصف", "RUS"));
        ActorAssignment a = assign(h, "قصف");
        assertEquals(null, a.actor1());
        assertEquals("RUS", a.actor2());
    }

    @Test
    void theSpeakerAfterItsVerbAndBeforeItStillSpeaks() {
        HandBuilt h = new HandBuilt("وزارة الدفاع الروسية أعلنت مقتل جنديين روسيين في هجوم بطائرات مسيرة على قاعدة حميميم.")
                .actor("وزارة الدفاع الروسية", "RUS").actor("روسيين", "RUS")
                .count("مقتل جنديين روسيين", "killed", 2, "RUS");
        assertTrue(announced(h, "طائرات مسيرة", "RUS"));
    }

    @Test
    void aSideAnnouncingTheEnemysDeadStruck() {
        HandBuilt h = new HandBuilt("أعلن الجيش العراقي مقتل 30 عنصرا من تنظيم الدولة في غارات جوية على مواقع قرب البوكمال.")
                .actor("الجيش العراقي", "IRQ").actor("تنظيم الدولة", "ISIS")
                .count("مقتل 30 عنصرا من تنظيم الدولة", "killed", 30, "ISIS");
        assertFalse(announced(h, "غارات جوية", "IRQ"));
        assertEquals("IRQ", assign(h, "غارات جوية").actor1());
    }

    @Test
    void aSideStrikingInTheSameSentenceAsItsDeadIsNoSpeaker() {
        HandBuilt h = new HandBuilt("قصفت القوات الروسية مواقع الفصائل قرب حماة بعد مقتل جنديين روسيين.")
                .actor("القوات الروسية", "RUS").actor("الفصائل", "OPPOSITION").actor("روسيين", "RUS")
                .count("مقتل جنديين روسيين", "killed", 2, "RUS");
        assertFalse(announced(h, "قصفت", "RUS"));
    }

    @Test
    void menFallenInTheirOwnAttackLeaveTheirSideItsStriker() {
        HandBuilt h = new HandBuilt("أعلن تنظيم الدولة مقتل أحد قادته في هجوم شنه على حاجز للجيش قرب تدمر.")
                .actor("تنظيم الدولة", "ISIS").count("مقتل أحد قادته", "killed", 1, "ISIS");
        assertFalse(announced(h, "هجوم", "ISIS"));
    }

    private static ActorAssignment assign(HandBuilt h, String trigger) {
        return h.assign(trigger);
    }
}
