package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpeakerPhraseTest {
    @Test
    void anActorOfTheSpeakersPhraseDoesNotStrikeWhatTheContentTells() {
        ActorAssignment a = new HandBuilt("وأضاف المرصد الذي يتخذ من بريطانيا مقرا له منذ سنوات أن الطائرات قصفت بلدة كفرنبل.")
                .actor("بريطانيا", "GBR").assign("قصفت");
        assertNull(a.actor1());
    }

    @Test
    void theSpeakersOwnPronounMakesItTheStriker() {
        ActorAssignment a = new HandBuilt("وأعلنت هيئة تحرير الشام في بيان نشرته على مواقعها منذ ساعات أنها قصفت مواقع في ريف حماة.")
                .actor("هيئة تحرير الشام", "HTS").assign("قصفت");
        assertEquals("HTS", a.actor1());
    }

    @Test
    void anActorAfterTheOpenerIsInTheContent() {
        ActorAssignment a = new HandBuilt("وأكدت المصادر الميدانية أن الطيران الروسي، أطلق صواريخ عدة، مشيرة إلى أن الغارة دمرت منازل.")
                .actor("الطيران الروسي", "RUS").assign("الغارة");
        assertEquals("RUS", a.actor1());
    }
}
