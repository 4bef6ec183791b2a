package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.actors.ActorMention;

class GovernmentSeatTest {
    private static final GovernmentSeat SEATS = new GovernmentSeat(HandBuilt.LEXICON);

    private static List<String> speakers(HandBuilt h) {
        return SEATS.speakers(h.sentence, h.triggers, h.actors).stream().map(ActorMention::actorId).toList();
    }

    @Test
    void theCapitalAfterAFeminineVerbalVerbIsTheGovernment() {
        assertEquals(List.of("SYR_GOV", "USA"),
                speakers(new HandBuilt("وتتهم دمشق واشنطن بدعم المسلحين في الجنوب.").actor("واشنطن", "USA")));
        assertEquals(List.of("SYR_GOV"), speakers(new HandBuilt("ونفت دمشق أي صلة لها بالانفجار الذي هز الميناء.")));
        assertEquals(List.of("SYR_GOV"), speakers(new HandBuilt("وأعلنت سوريا أنها ستعيد السفير إلى عمان.")));
    }

    @Test
    void theSeatStaysAPlaceAfterAMasculineVerbAVisitOrAStrike() {
        // the masculine verb's subject was told before: Syria is what he accuses
        assertEquals(List.of(), speakers(new HandBuilt("واتهم سوريا بخرق الاتفاق الموقع في الشهر الماضي.")));
        assertEquals(List.of(), speakers(new HandBuilt("وزارت دمشق وزيرة الخارجية النمساوية يوم الأحد.")));
        assertEquals(List.of(), speakers(new HandBuilt("وقصفت الطائرات دمشق ليلة الأحد.")));
    }

    @Test
    void aSeatRightBeforeTheChargeIsTheOneAccused() {
        // "اتُّهمت دمشق بـ": without diacritics only the missing accused tells the passive
        assertEquals(List.of(), speakers(new HandBuilt("وهو القصف الذي اتهمت دمشق بتنفيذه في الربيع.")));
        assertEquals(List.of(), speakers(new HandBuilt("وحملت دمشق المسؤولية عن تفجير الجسر.")));
        assertEquals(List.of("SYR_GOV", "USA"),
                speakers(new HandBuilt("واتهمت دمشق في بيان واشنطن بتنفيذ القصف.").actor("واشنطن", "USA")));
        // a verb whose object takes ب has the seat as its subject
        assertEquals(List.of("SYR_GOV"), speakers(new HandBuilt("ونددت دمشق بالتوغل في أراضيها الشمالية.")));
    }

    @Test
    void theSeatThatHastensToAVerbalNounSpeaks() {
        assertEquals(List.of("SYR_GOV"), speakers(new HandBuilt("وهو ما بادرت دمشق إلى نفيه في بيان رسمي.")));
        assertEquals(List.of("SYR_GOV"), speakers(new HandBuilt("وسارعت سوريا إلى نفيه بعد ساعات من البث.")));
        // a seat after "إلى" is where one hastens to, not who speaks
        assertEquals(List.of(), speakers(new HandBuilt("وسارع الوفد إلى دمشق للنفي.")));
    }

    @Test
    void aSeatAlreadyNamedAsAnActorIsLeftAlone() {
        assertEquals(List.of("SYR_GOV"),
                speakers(new HandBuilt("واتهمت سوريا الحكومة بالفشل.").actor("سوريا", "SYR_GOV")));
    }

    private static List<String> addressed(HandBuilt h) {
        return SEATS.addressed(h.sentence, h.triggers, h.actors).stream().map(ActorMention::actorId).toList();
    }

    @Test
    void theSeatAThreatOrAnAccusationAimsAtIsTheGovernment() {
        // the direct object before the charge, past the subject and the day
        assertEquals(List.of("GBR", "SYR_GOV"), addressed(new HandBuilt("واتهمت بريطانيا، الخميس، دمشق بعرقلة وصول "
                + "المساعدات إلى المدنيين.").actor("بريطانيا", "GBR")));
        assertEquals(List.of("DEU", "SYR_GOV"), addressed(new HandBuilt("وهددت ألمانيا سوريا بعقوبات اقتصادية جديدة.")
                .actor("ألمانيا", "DEU")));
        // the target of the act threatened
        assertEquals(List.of("USA", "SYR_GOV"), addressed(new HandBuilt("وتوعد البنتاغون بضرب سوريا إذا تكرر "
                + "استخدام الغاز.").actor("البنتاغون", "USA")));
    }

    @Test
    void aCondemnedAttackOnTheSeatAndAPassiveAccusedAreNotAimedAt() {
        // the attacker is what a condemnation aims at, not the country attacked
        assertEquals(List.of("RUS"), addressed(new HandBuilt("ودان الكرملين بشدة الهجوم على سوريا فجر السبت.")
                .actor("الكرملين", "RUS")));
        // "اتُّهمت دمشق بـ": the passive's accused, with nobody accusing in the clause
        assertEquals(List.of(), addressed(new HandBuilt("وهو القصف الذي اتهمت دمشق بتنفيذه في الربيع.")));
        // a place after a direction word is where the act goes, not whom it aims at
        assertEquals(List.of("TUR"), addressed(new HandBuilt("وهددت أنقرة بنقل عملياتها بشمال سوريا إلى منبج.")
                .actor("أنقرة", "TUR")));
    }
}
