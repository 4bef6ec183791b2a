package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArmedVictimsTest {
    @Test
    void soldiersNamedByANounAreArmed() {
        HandBuilt h = new HandBuilt("أعلنت وزارة الدفاع مقتل ستة من جنودها قرب الحدود الشمالية يوم الأحد.")
                .count("مقتل ستة من جنودها", "killed", 6, null);
        assertTrue(ArmedVictims.only(h.sentence, h.counts, h.args()));
    }

    @Test
    void victimsOfAnArmedGroupAreArmed() {
        HandBuilt h = new HandBuilt("قتل أربعة عناصر من قوات النظام على طريق حمص تدمر.")
                .count("أربعة عناصر من قوات النظام", "killed", 4, "SYR_GOV");
        assertTrue(ArmedVictims.only(h.sentence, h.counts, h.args()));
    }

    @Test
    void civiliansBesideTheSoldiersAreNotArmed() {
        HandBuilt h = new HandBuilt("قتل ثلاثة مدنيين وجنديان في انفجار قرب المدينة الصناعية.")
                .count("ثلاثة مدنيين", "killed", 3, null)
                .count("جنديان", "killed", 2, null);
        assertFalse(ArmedVictims.only(h.sentence, h.counts, h.args()));
    }

    @Test
    void peopleWithNoSideNamedAreNotArmed() {
        HandBuilt h = new HandBuilt("قتل خمسة أشخاص في سوق المدينة مساء الخميس.")
                .count("خمسة أشخاص", "killed", 5, null);
        assertFalse(ArmedVictims.only(h.sentence, h.counts, h.args()));
        assertFalse(ArmedVictims.only(h.sentence, List.of(), h.args()));
    }

    @Test
    void aDeathOfArmedMenWithNoCauseIsAClash() {
        HandBuilt h = new HandBuilt("أعلنت وزارة الدفاع مقتل ستة من جنودها قرب الحدود الشمالية يوم الأحد.")
                .count("مقتل ستة من جنودها", "killed", 6, null);
        Coding c = new SubTypeRefiner(h.args()).refine(h.sentence, h.candidate("مقتل"),
                new ActorAssignment(null, null, null, null, List.of()), h.counts);
        assertEquals("Battles", c.type());
        assertEquals("Armed clash", c.sub());
    }

    @Test
    void aDeathOfPeopleWithNoSideStaysAnAttack() {
        HandBuilt h = new HandBuilt("قتل خمسة أشخاص في سوق المدينة مساء الخميس.")
                .count("خمسة أشخاص", "killed", 5, null);
        Coding c = new SubTypeRefiner(h.args()).refine(h.sentence, h.candidate("قتل"),
                new ActorAssignment(null, null, null, "CIVILIANS", List.of()), h.counts);
        assertEquals("Violence against civilians", c.type());
    }

    @Test
    void othersWoundedBesideKilledSoldiersAreSoldiers() {
        HandBuilt h = new HandBuilt("أعلن الجيش مقتل ثلاثة جنود وإصابة خمسة آخرين قرب الحدود يوم الجمعة.")
                .count("ثلاثة جنود", "killed", 3, null)
                .count("خمسة آخرين", "injured", 5, null);
        assertTrue(ArmedVictims.only(h.sentence, h.counts, h.args()));
        Coding c = new SubTypeRefiner(h.args()).refine(h.sentence, h.candidate("مقتل"),
                new ActorAssignment(null, null, null, "CIVILIANS", List.of()), h.counts);
        assertEquals("Battles", c.type());
    }

    @Test
    void othersBesideCiviliansOrWithTheirOwnNounStayUnarmed() {
        HandBuilt h = new HandBuilt("قتل أربعة مدنيين وأصيب ستة آخرين في قصف على السوق.")
                .count("أربعة مدنيين", "killed", 4, null)
                .count("ستة آخرين", "injured", 6, null);
        assertFalse(ArmedVictims.only(h.sentence, h.counts, h.args()));
        HandBuilt g = new HandBuilt("قتل جنديان ومدنيان آخران في انفجار قرب الحاجز.")
                .count("جنديان", "killed", 2, null)
                .count("مدنيان آخران", "killed", 2, null);
        assertFalse(ArmedVictims.only(g.sentence, g.counts, g.args()));
    }

    @Test
    void othersAloneAreNotArmed() {
        HandBuilt h = new HandBuilt("وأصيب خمسة آخرين بجروح في المدينة.")
                .count("خمسة آخرين", "injured", 5, null);
        assertFalse(ArmedVictims.only(h.sentence, h.counts, h.args()));
    }
}
