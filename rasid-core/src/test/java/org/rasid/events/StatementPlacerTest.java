package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;
import org.rasid.ingest.Document;

class StatementPlacerTest {
    private static final StatementPlacer PLACER = new StatementPlacer(new EventPlacer(HandBuilt.WORDS),
            HandBuilt.LEXICON, new HandBuilt("لا شيء هنا").args());
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static StoryContext story(HandBuilt h, Arguments.Place storyPlace) {
        return new StoryContext(null, h.sentence.doc, h.story("2018-04-09"), null, null, h.actors, h.places,
                h.dates, h.counts, storyPlace, null, List.of());
    }

    private static RoledActor roled(HandBuilt h, String words, String id) {
        return new RoledActor(new org.rasid.actors.ActorMention(h.span(words), id, words, false), 0, 1,
                RoledActor.Role.AGENT, false);
    }

    @Test
    void aStatementTiedToNoPlaceHasNoneNotTheStorys() {
        HandBuilt h = new HandBuilt("حذر وزير الخارجية الروسي سيرغي لافروف واشنطن من مغبة القيام بأي عمل عسكري.");
        Arguments.Place dateline = HandBuilt.place(new org.rasid.text.Span(0, 0), "دمشق", "p1", "SY-DI", 1);
        ActorAssignment who = new ActorAssignment(roled(h, "وزير الخارجية الروسي", "RUS"), null, "RUS", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("حذر"), h.arguments(), story(h, dateline), who,
                false);
        assertEquals(List.of(StatementPlacer.NOWHERE), p.places());
        assertFalse(p.inSentence());
    }

    @Test
    void aCapitalThatNamesTheSpeakerIsNotThePlace() {
        HandBuilt h = new HandBuilt("واتهمت دمشق إسرائيل بتكرار الخروقات لأجوائها في الجنوب.")
                .village("دمشق", "p1", "SY-DI");
        ActorAssignment who = new ActorAssignment(roled(h, "دمشق", "SYR_GOV"), null, "SYR_GOV", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("اتهمت"), h.arguments(), story(h, null), who,
                false);
        assertNull(p.places().get(0).admin1());
    }

    @Test
    void theSentencesPlaceIsKept() {
        HandBuilt h = new HandBuilt("حذر وزير الدفاع الأميركي سوريا من استخدام الغاز في الغوطة الشرقية.")
                .village("الغوطة الشرقية", "p1", "SY-RD");
        ActorAssignment who = new ActorAssignment(roled(h, "وزير الدفاع الأميركي", "USA"), null, "USA", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("حذر"), h.arguments(), story(h, null), who,
                false);
        assertEquals("SY-RD", p.places().get(0).admin1());
        assertTrue(p.inSentence());
    }

    @Test
    void aStatementWhoseSpeakerIsNotInItsSentenceIsNotCodedWithoutAPlace() {
        HandBuilt h = new HandBuilt("وأضاف أن الحكومة ترفض أي شروط مسبقة على الإطلاق.");
        ActorAssignment who = new ActorAssignment(null, null, "SYR_GOV", null, List.of());
        assertNull(PLACER.place(h.sentence, h.candidate("ترفض"), h.arguments(), story(h, null), who, false));
    }

    @Test
    void aPresentTenseStanceWithoutPlaceOrTimeIsNotCoded() {
        HandBuilt h = new HandBuilt("وتتهم المعارضة النظام باستخدام البراميل المتفجرة ضد المدنيين.");
        ActorAssignment who = new ActorAssignment(roled(h, "المعارضة", "OPPOSITION"), null, "OPPOSITION", null,
                List.of());
        assertNull(PLACER.place(h.sentence, h.candidate("تتهم"), h.arguments(), story(h, null), who, false));
        assertEquals(List.of(StatementPlacer.NOWHERE),
                PLACER.place(h.sentence, h.candidate("تتهم"), h.arguments(), story(h, null), who, true).places());
    }

    @Test
    void aDenialIsAStatementWithoutAPlaceThroughThePipeline() {
        List<Event> es = PIPELINE.process(Document.ofText("t",
                "نفى وزير الخارجية الروسي سيرغي لافروف الاتهامات الأمريكية يوم الاثنين.")).events();
        Event e = es.stream().filter(x -> x.acledType() == null).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("01", e.cameo());
        assertNull(e.admin1());
        assertNull(e.geoPrecision());
    }

    @Test
    void aMeetingIsHeldWhereItsPartyWent() {
        HandBuilt h = new HandBuilt("ووصل وزير الدفاع الروسي يوم الأحد إلى حلب حيث التقى قادة الجيش السوري.")
                .village("حلب", "p1", "SY-HL");
        ActorAssignment who = new ActorAssignment(roled(h, "وزير الدفاع الروسي", "RUS"), null, "RUS", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("التقى"), h.arguments(), story(h, null), who, true);
        assertEquals("SY-HL", p.places().get(0).admin1());
        assertTrue(p.inSentence());
    }

    @Test
    void aWarningIsNotPlacedWhereTroopsWouldGo() {
        HandBuilt h = new HandBuilt("وحذر وزير الدفاع الروسي يوم الأحد من إرسال قوات إضافية إلى حلب.")
                .village("حلب", "p1", "SY-HL");
        ActorAssignment who = new ActorAssignment(roled(h, "وزير الدفاع الروسي", "RUS"), null, "RUS", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("حذر"), h.arguments(), story(h, null), who, true);
        assertEquals(List.of(StatementPlacer.NOWHERE), p.places());
    }

    private static Event meeting(String text) {
        List<Event> es = PIPELINE.process(Document.ofText("t", text)).events();
        return es.stream().filter(x -> "04".equals(x.cameo())).findFirst().orElseThrow(() -> new AssertionError(es));
    }

    @Test
    void aCapitalVisitedIsTheVisitsPlaceThroughThePipeline() {
        Event e = meeting("زار وزير الخارجية القطري موسكو يوم الاثنين والتقى نظيره الروسي.");
        assertEquals("RU", e.admin1());
    }

    @Test
    void aCapitalTravelledToIsTheMeetingsPlaceThroughThePipeline() {
        Event e = meeting("وصل وزير الخارجية الروسي سيرغي لافروف يوم الأحد إلى أنقرة حيث التقى الرئيس التركي.");
        assertEquals("TR", e.admin1());
    }

    @Test
    void aMeetingsVenueInItsOwnStretchWinsOverThePlaceOfItsPurposeThroughThePipeline() {
        Event e = meeting("والتقى المبعوث الأممي يوم الاثنين وفدا من المعارضة في العاصمة الأردنية عمان، "
                + "من أجل بحث الهجوم الأخير على مدينة داريا.");
        assertEquals("JO", e.admin1(), "held in Amman, about Daraya");
        Event region = meeting("وأكدت مصادر أن محادثات جرت الاثنين بين الفصائل في إدلب، "
                + "بهدف التوصل إلى اتفاق بشأن بلدة الفوعة.");
        assertEquals("SY-ID", region.admin1());
        assertEquals(1, region.geoPrecision(), "a governorate is where the parties are, not a venue: the town");
    }

    @Test
    void theCityAPartyReachedJustBeforeTheMeetingIsItsVenueThroughThePipeline() {
        Event e = meeting("وكان المبعوث الأممي قد وصل دمشق صباح الخميس قادما من عمان لإجراء محادثات مع "
                + "مسؤولي الحكومة، استبقها بإدانة للقصف على مدينة داريا.");
        assertEquals("SY-DI", e.admin1(), "held in Damascus, where the envoy arrived");
    }

    @Test
    void aCapitalNamingTheOtherSideOfAMeetingIsNotItsPlaceThroughThePipeline() {
        Event e = meeting("التقى رئيس وفد المعارضة السورية يوم الأحد ممثلين عن موسكو لبحث الهدنة.");
        assertNull(e.admin1());
    }

    @Test
    void wherePartiesMetWinsOverWhereOneWentNext() {
        HandBuilt h = new HandBuilt("وأجرى وزير الدفاع الروسي محادثات في حمص قبل وصوله إلى حلب يوم الأحد.")
                .village("حمص", "p1", "SY-HI").village("حلب", "p2", "SY-HL");
        ActorAssignment who = new ActorAssignment(roled(h, "وزير الدفاع الروسي", "RUS"), null, "RUS", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("محادثات"), h.arguments(), story(h, null), who, true);
        assertEquals("SY-HI", p.places().get(0).admin1());
    }

    @Test
    void aDestinationOfSomethingElseLaterInTheSentenceIsNotTheMeetingsPlace() {
        HandBuilt h = new HandBuilt("وبحث الرئيسان في اتصال هاتفي يوم الأحد الأوضاع في المنطقة وشددا على ضرورة "
                + "إيصال المساعدات الإنسانية إلى حلب.").village("حلب", "p1", "SY-HL");
        ActorAssignment who = new ActorAssignment(null, null, "RUS", null, List.of());
        assertNull(StatementPlacer.heldAt(h.sentence, h.trigger("اتصال هاتفي"), h.places, who));
    }

    @Test
    void theHostOfAVisitIsTheFirstPlaceAfterTheVerb() {
        HandBuilt h = new HandBuilt("ويزور وزير الخارجية الإيراني حمص الأسبوع المقبل لبحث العلاقات مع حلب.")
                .village("حمص", "p1", "SY-HI").village("حلب", "p2", "SY-HL");
        ActorAssignment who = new ActorAssignment(null, null, "IRN", null, List.of());
        assertEquals("SY-HI", StatementPlacer.heldAt(h.sentence, h.trigger("يزور"), h.places, who).admin1());
    }
}
