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
    private static final StatementPlacer PLACER = new StatementPlacer(new EventPlacer(HandBuilt.WORDS), HandBuilt.LEXICON);
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
        Placement p = PLACER.place(h.sentence, h.candidate("حذر"), h.places, story(h, dateline), who, false);
        assertEquals(List.of(StatementPlacer.NOWHERE), p.places());
        assertFalse(p.inSentence());
    }

    @Test
    void aCapitalThatNamesTheSpeakerIsNotThePlace() {
        HandBuilt h = new HandBuilt("واتهمت دمشق إسرائيل بتكرار الخروقات لأجوائها في الجنوب.")
                .village("دمشق", "p1", "SY-DI");
        ActorAssignment who = new ActorAssignment(roled(h, "دمشق", "SYR_GOV"), null, "SYR_GOV", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("اتهمت"), h.places, story(h, null), who, false);
        assertNull(p.places().get(0).admin1());
    }

    @Test
    void theSentencesPlaceIsKept() {
        HandBuilt h = new HandBuilt("حذر وزير الدفاع الأميركي سوريا من استخدام الغاز في الغوطة الشرقية.")
                .village("الغوطة الشرقية", "p1", "SY-RD");
        ActorAssignment who = new ActorAssignment(roled(h, "وزير الدفاع الأميركي", "USA"), null, "USA", null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("حذر"), h.places, story(h, null), who, false);
        assertEquals("SY-RD", p.places().get(0).admin1());
        assertTrue(p.inSentence());
    }

    @Test
    void aStatementWhoseSpeakerIsNotInItsSentenceIsNotCodedWithoutAPlace() {
        HandBuilt h = new HandBuilt("وأضاف أن الحكومة ترفض أي شروط مسبقة على الإطلاق.");
        ActorAssignment who = new ActorAssignment(null, null, "SYR_GOV", null, List.of());
        assertNull(PLACER.place(h.sentence, h.candidate("ترفض"), h.places, story(h, null), who, false));
    }

    @Test
    void aPresentTenseStanceWithoutPlaceOrTimeIsNotCoded() {
        HandBuilt h = new HandBuilt("وتتهم المعارضة النظام باستخدام البراميل المتفجرة ضد المدنيين.");
        ActorAssignment who = new ActorAssignment(roled(h, "المعارضة", "OPPOSITION"), null, "OPPOSITION", null,
                List.of());
        assertNull(PLACER.place(h.sentence, h.candidate("تتهم"), h.places, story(h, null), who, false));
        assertEquals(List.of(StatementPlacer.NOWHERE),
                PLACER.place(h.sentence, h.candidate("تتهم"), h.places, story(h, null), who, true).places());
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
}
