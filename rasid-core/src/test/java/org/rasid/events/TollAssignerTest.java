package org.rasid.events;

import org.rasid.model.Evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TollAssignerTest {
    private static Toll toll(HandBuilt h, String trigger) {
        Candidate c = h.candidate(trigger);
        List<Arguments.Count> own = TollAssigner.countsOf(h.sentence, c.t(), List.of(c), h.counts);
        return TollAssigner.toll(h.sentence, c, new Coding(c.type(), c.sub(), c.cameo()), own, "d", "سمارت");
    }

    @Test
    void deathsAndInjuriesOfAStrike() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرنبل ما أدى لمقتل 4 مدنيين وإصابة 10 آخرين.")
                .count("4 مدنيين", "killed", 4, "CIVILIANS").count("10 آخرين", "injured", 10, null);
        Toll t = toll(h, "قصفت");
        assertEquals(4, t.fatalities());
        assertEquals("4 مدنيين", t.fatalitiesText());
        assertEquals(10, t.injured());
        assertEquals(2, t.claims().size());
        assertEquals("سمارت", t.claims().get(0).outlet());
        assertEquals(List.of("fatalities", "injured"), t.parts().stream().map(Evidence.Part::role).toList());
    }

    @Test
    void aTollInsideWhatTheActAnswersIsNotItsOwn() {
        HandBuilt h = new HandBuilt("شنت الطائرات غارات على مواقع التنظيم فجر الأحد، ردا على هجوم بسيارة مفخخة أسفر عن مقتل 12 جنديا.")
                .count("12 جنديا", "killed", 12, null);
        assertNull(toll(h, "غارات").fatalities());
        HandBuilt after = new HandBuilt("شنت الطائرات غارات على بلدة كفرنبل ما أدى لمقتل 7 مدنيين، ردا على هجوم للفصائل.")
                .count("7 مدنيين", "killed", 7, "CIVILIANS");
        assertEquals(7, toll(after, "غارات").fatalities());
    }

    @Test
    void arrestsCountOnlyForArrests() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرنبل واعتقلت 5 شبان من أهالي البلدة.")
                .count("5 شبان", "arrested", 5, null);
        assertNull(toll(h, "قصفت").arrested());
    }

    @Test
    void nobodyHurtIsZero() {
        Toll t = toll(new HandBuilt("سقطت قذائف على بلدة كفرنبل دون وقوع إصابات في صفوف المدنيين."), "قذائف");
        assertEquals(0, t.fatalities());
        assertEquals("دون وقوع إصابات", t.fatalitiesText());
    }

    @Test
    void noReportOfCasualtiesIsZero() {
        // the round-up formula "no reports of casualties" closes the clause of the act it reports on
        Toll none = toll(new HandBuilt("قصفت قوات النظام مناطق في بلدة تلمنس، ولم ترد أنباء عن إصابات."), "قصفت");
        assertEquals(0, none.fatalities());
        assertTrue(none.fatalitiesText().endsWith("لم ترد أنباء عن إصابات"), none.fatalitiesText());
        Toll noInfo = toll(new HandBuilt("ألقى الطيران المروحي براميل متفجرة على قرية الهبيط دون معلومات عن خسائر بشرية."),
                "براميل");
        assertEquals(0, noInfo.fatalities());
        // snn-2015-08-09-988: casualties not confirmed are no reports of casualties, 0 (docs/annotation.md, gold)
        Toll unsure = toll(new HandBuilt("قصفت قوات النظام بلدة تلمنس دون تأكيد وقوع إصابات بشرية."), "قصفت");
        assertEquals(0, unsure.fatalities());
    }

    @Test
    void materialDamageOnlyIsZero() {
        // "the damage was limited to material" says nobody was hurt as plainly as "no casualties"
        Toll limited = toll(new HandBuilt("أطلقت طائرات صواريخ على مواقع للجيش قرب بلدة حضر واقتصرت الأضرار على الماديات."),
                "صواريخ");
        assertEquals(0, limited.fatalities());
        assertEquals("اقتصرت الأضرار على الماديات", limited.fatalitiesText());
        Toll only = toll(new HandBuilt("سقطت قذائف على حي المحطة مخلفة أضرارا مادية فقط."), "قذائف");
        assertEquals(0, only.fatalities());
    }

    @Test
    void noReportOfCasualtiesWithANominaliserIsZero() {
        // snn-2015-07-26-156: a nominaliser (وقوع، سقوط) or أي may stand before the casualty noun
        Toll round = toll(new HandBuilt("حيث قصف بلدات كنصفرة والبارة وبليون في جبل الزاوية، ولم ترد أنباء عن وقوع إصابات"
                + " بشرية، واقتصر الأمر على خسائر مادية."), "قصف");
        assertEquals(0, round.fatalities());
        assertTrue(round.fatalitiesText().endsWith("لم ترد أنباء عن وقوع إصابات"), round.fatalitiesText());
        Toll link = toll(new HandBuilt("سقطت قذيفة على حي المحطة لم يسفر عن وقوع أي إصابات بشرية."), "قذيفة");
        assertEquals(0, link.fatalities());
    }

    @Test
    void aTollGoesToTheNearestTriggerOfItsClause() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرنبل، واعتقلت 5 شبان في بلدة حيش.")
                .count("5 شبان", "arrested", 5, null);
        Candidate strike = h.candidate("قصفت");
        Candidate arrest = h.candidate("اعتقلت");
        List<Candidate> both = List.of(strike, arrest);
        assertEquals(List.of(), TollAssigner.countsOf(h.sentence, strike.t(), both, h.counts));
        assertEquals(1, TollAssigner.countsOf(h.sentence, arrest.t(), both, h.counts).size());
    }

    @Test
    void aLinkedTollGoesToTheActThatCausedIt() {
        // the toll after "أسفر عن" belongs to the shelling before it, not to the nearer battle said after it
        HandBuilt h = new HandBuilt("ذكر ناشطون أن قصفا مدفعيا على بلدة مارع أسفر عن مقتل 9 مدنيين، مشيرين إلى معارك عنيفة قرب البلدة.")
                .count("9 مدنيين", "killed", 9, "CIVILIANS");
        Candidate shelling = h.candidate("قصفا");
        Candidate battle = h.candidate("معارك");
        List<Candidate> both = List.of(shelling, battle);
        assertEquals(1, TollAssigner.countsOf(h.sentence, shelling.t(), both, h.counts).size());
        assertEquals(List.of(), TollAssigner.countsOf(h.sentence, battle.t(), both, h.counts));
        // the verb first: the act between the link and the count
        HandBuilt vs = new HandBuilt("اندلعت اشتباكات في ريف حلب، وأسفرت غارة جوية على بلدة حريتان عن مقتل 6 مدنيين.")
                .count("6 مدنيين", "killed", 6, "CIVILIANS");
        Candidate clash = vs.candidate("اشتباكات");
        Candidate strike = vs.candidate("غارة");
        List<Candidate> two = List.of(clash, strike);
        assertEquals(1, TollAssigner.countsOf(vs.sentence, strike.t(), two, vs.counts).size());
        assertEquals(List.of(), TollAssigner.countsOf(vs.sentence, clash.t(), two, vs.counts));
    }

    @Test
    void aRunningTotalIsNotOneEventsToll() {
        HandBuilt war = new HandBuilt("وتسبب النزاع بمقتل أكثر من 350 ألف شخص وتشريد الملايين.")
                .count("أكثر من 350 ألف شخص", "killed", 350000, null);
        Candidate c = war.candidate("مقتل");
        assertTrue(TollAssigner.isTotal(c, TollAssigner.countsOf(war.sentence, c.t(), List.of(c), war.counts)));
        HandBuilt day = new HandBuilt("قصفت قوات النظام بلدة كفرنبل ما أدى لمقتل 12 مدنيا.")
                .count("12 مدنيا", "killed", 12, "CIVILIANS");
        Candidate strike = day.candidate("قصفت");
        assertFalse(TollAssigner.isTotal(strike, TollAssigner.countsOf(day.sentence, strike.t(), List.of(strike), day.counts)));
    }

    @Test
    void aLargeTollOfAKnownCampaignIsATotal() {
        HandBuilt campaign = new HandBuilt("وذكرت الأمم المتحدة مقتل ما يزيد عن ألف شخص جراء القصف الحكومي على الغوطة الشرقية.")
                .count("ما يزيد عن ألف شخص", "killed", 1000, null);
        Candidate c = campaign.candidate("القصف");
        assertTrue(TollAssigner.isTotal(c, TollAssigner.countsOf(campaign.sentence, c.t(), List.of(c), campaign.counts)));
        HandBuilt incident = new HandBuilt("شن التنظيم هجوما مفاجئا على مدينة السويداء مما أسفر عن مقتل أكثر من 200 شخص.")
                .count("أكثر من 200 شخص", "killed", 200, null);
        Candidate attack = incident.candidate("هجوما");
        assertFalse(TollAssigner.isTotal(attack, TollAssigner.countsOf(incident.sentence, attack.t(), List.of(attack),
                incident.counts)), "one raid, told with an indefinite noun");
    }
}
