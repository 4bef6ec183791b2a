package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrontedAdjunctTest {
    @Test
    void theActorOfATimePhraseBeforeTheVerbIsNotItsSubject() {
        ActorAssignment a = new HandBuilt("وبعد بيان الخارجية الروسية نفت \"هيئة تحرير الشام\" مشاركتها في الهجوم على القرية.")
                .actor("الخارجية الروسية", "RUS").actor("هيئة تحرير الشام", "HTS").assign("نفت");
        assertEquals("HTS", a.actor1());
    }

    @Test
    void aPhraseOfSeveralNounsStillHoldsItsActor() {
        ActorAssignment a = new HandBuilt("وعقب تقرير وكالة الأنباء الروسية نفى الجيش الحر أي انسحاب من المدينة.")
                .actor("الروسية", "RUS").actor("الجيش الحر", "FSA").assign("نفى");
        assertEquals("FSA", a.actor1());
    }

    @Test
    void aTopicOpeningTheClauseIsTheSubject() {
        ActorAssignment a = new HandBuilt("والخارجية الروسية نفت أي مشاركة في الهجوم على القرية.")
                .actor("الخارجية الروسية", "RUS").assign("نفت");
        assertEquals("RUS", a.actor1());
    }

    @Test
    void aVerbWithThePronounOfThePhrasesNounIsItsRelative() {
        // "هدد فيه": the speech the phrase names is the one the threat was made in, by its speaker
        ActorAssignment a = new HandBuilt("وغداة خطاب الرئيس التركي هدد فيه بشن هجوم على منبج، وصلت تعزيزات.")
                .actor("الرئيس التركي", "TUR").assign("هدد");
        assertEquals("TUR", a.actor1());
    }
}
