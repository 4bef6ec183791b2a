package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/** The toll told in a later sentence that names the attack again, on hand-built sentences. */
class FollowingTollTest {
    /** An air strike at Douma on 2018-04-07 with no toll, coded from sentence 0. */
    private static List<Event> strike() {
        Evidence ev = new Evidence("تعرضت مدينة دوما لقصف جوي جديد السبت.", 0, 37, List.of());
        List<Event> out = new ArrayList<>();
        out.add(new Event("e1", "d", 0, "Explosions/Remote violence", "Air/drone strike", "19", 4, "SYR_GOV", null,
                List.of(), List.of(), "دوما", "p1", "SY-RD", null, 33.5, 36.4, 1, "2018-04-07", 1, null, null, null,
                null, null, List.of(), ev, 0.5, List.of(), List.of(), List.of(), List.of()));
        return out;
    }

    private static SentenceArguments args(HandBuilt h) {
        return h.arguments();
    }

    @Test
    void theDeathsOfALaterSentenceThatNamesTheStrikesAgain() {
        HandBuilt h = new HandBuilt("وقتل ثمانية مدنيين في الغارات السبت بحسب المرصد السوري.")
                .count("ثمانية", "killed", 8, "CIVILIANS").date("السبت", "2018-04-07", 1);
        List<Event> out = strike();
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(h), h.triggers, 2, "d", "o");
        assertEquals(8, out.get(0).fatalities());
        assertEquals("CIVILIANS", out.get(0).actor2());
    }

    @Test
    void theTollOfTheFightingIsNotTheStrikes() {
        HandBuilt h = new HandBuilt("وتسببت المعارك المتواصلة بمقتل نحو سبعين مقاتلا من الطرفين.")
                .count("سبعين", "killed", 70, null);
        List<Event> out = strike();
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(h), h.triggers, 1, "d", "o");
        assertNull(out.get(0).fatalities());
    }

    @Test
    void aStatementBeforeIsPassedOver() {
        List<Event> out = strike();
        Event said = out.get(0);
        out.add(new Event("e2", "d", 0, null, null, "01", 1, "RUS", null, List.of(), List.of(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, List.of(), said.evidence(), 0.5, List.of(),
                List.of(), List.of(), List.of()));
        HandBuilt h = new HandBuilt("وقتل ثمانية مدنيين في الغارات بحسب المرصد السوري.")
                .count("ثمانية", "killed", 8, "CIVILIANS");
        FollowingToll.attach(out, new ArrayList<>(List.of(0, 1)), args(h), h.triggers, 2, "d", "o");
        assertEquals(8, out.get(0).fatalities());
    }

    @Test
    void anotherDayIsAnotherEvent() {
        HandBuilt h = new HandBuilt("وقتل ثمانية مدنيين في الغارات الجمعة بحسب المرصد السوري.")
                .count("ثمانية", "killed", 8, "CIVILIANS").date("الجمعة", "2018-04-06", 1);
        List<Event> out = strike();
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(h), h.triggers, 1, "d", "o");
        assertNull(out.get(0).fatalities());
    }

    @Test
    void tooFarBackIsNoToll() {
        HandBuilt far = new HandBuilt("وقتل ثمانية مدنيين في الغارات بحسب المرصد السوري.")
                .count("ثمانية", "killed", 8, "CIVILIANS");
        List<Event> out = strike();
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(far), far.triggers, 3, "d", "o");
        assertNull(out.get(0).fatalities());
    }

    @Test
    void aVagueAmountIsCodedByConvention() {
        // outside feed, ant-sk-middleeast-340-20180316: after the shelling of Afrin is told
        HandBuilt vague = new HandBuilt("وأسفر القصف، خلال الساعات الماضية، عن عشرات القتلى والجرحى.")
                .count("عشرات", "killed", 12, null);
        Evidence ev = new Evidence("قصفت القوات التركية مركز مدينة عفرين.", 0, 36, List.of());
        List<Event> out = new ArrayList<>(List.of(new Event("e1", "d", 0, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", "19", 4, "TUR", null, List.of(), List.of(), "عفرين", "p1", "SY-HL",
                null, 36.5, 36.9, 1, "2018-03-16", 1, null, null, null, null, null, List.of(), ev, 0.5, List.of(),
                List.of(), List.of(), List.of())));
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(vague), vague.triggers, 1, "d", "o");
        assertEquals(12, out.get(0).fatalities());
    }

    @Test
    void aVictimNounIsNoHeadCount() {
        // outside feed, ant-sk-middleeast-3519-20180907: one of two deaths the sentence tells
        HandBuilt noun = new HandBuilt("وتسببت الغارات بمقتل عنصر من حركة أحرار الشام إضافة إلى مقتل مدني.")
                .count("عنصر", "killed", 1, null);
        List<Event> out = strike();
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(noun), noun.triggers, 1, "d", "o");
        assertNull(out.get(0).fatalities());
    }

    @Test
    void aCampaignsTotalIsNoStrikesToll() {
        // outside feed, ant-sk-middleeast-213: after "لترتفع حصيلة القتلى للهجوم العنيف المستمر منذ 3 أسابيع"
        HandBuilt total = new HandBuilt("وقد أسفرت القصف الصاروخي والغارات الجوية على مناطق الغوطة الشرقية عن مقتل 976 شخصا، "
                + "معظمهم من المدنيين، حسب ما ذكر المرصد السوري لحقوق الإنسان.").count("976", "killed", 976, null);
        List<Event> out = strike();
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(total), total.triggers, 1, "d", "o");
        assertNull(out.get(0).fatalities());
        // a strike's own toll in the same words stays
        HandBuilt own = new HandBuilt("وقد أسفرت القصف الصاروخي والغارات الجوية على مناطق الغوطة الشرقية عن مقتل 76 شخصا، "
                + "معظمهم من المدنيين، حسب ما ذكر المرصد السوري لحقوق الإنسان.").count("76", "killed", 76, null);
        FollowingToll.attach(out, new ArrayList<>(List.of(0)), args(own), own.triggers, 1, "d", "o");
        assertEquals(76, out.get(0).fatalities());
    }

    @Test
    void tellsExplicitFiguresFromVagueOnes() {
        assertTrue(FollowingToll.explicit("ثمانية"));
        assertTrue(FollowingToll.explicit("على الأقل 3"));
        assertFalse(FollowingToll.explicit("عشرات"));
        assertFalse(FollowingToll.explicit("عدد من"));
        assertTrue(FollowingToll.vague("عدد من"));
        assertTrue(FollowingToll.vague("العشرات"));
        assertFalse(FollowingToll.vague("عنصر"));
        assertFalse(FollowingToll.vague("مسلحين"));
    }
}
