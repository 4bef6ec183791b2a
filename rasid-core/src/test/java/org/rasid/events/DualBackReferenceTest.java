package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.Span;

class DualBackReferenceTest {
    private static final PlaceBackReference BACK = new PlaceBackReference(HandBuilt.WORDS);
    private static final EventPlacer PLACER = new EventPlacer(HandBuilt.WORDS);

    private static List<Arguments.Place> add(HandBuilt h) {
        return BACK.add(h.sentence.doc, new Span(0, h.text.length()), h.places);
    }

    @Test
    void theTwoTownsAreEachTownOfThePairJustNamed() {
        // SNN dev snn-2015-07-22-1341: the air force struck around الفوعة and كفريا, "the two towns"
        HandBuilt h = new HandBuilt("وقال المرصد إن الفصائل الإسلامية وجبهة النصرة استأنفت أمس استهداف مناطق في الفوعة "
                + "وكفريا، ذات الغالبية الشيعية بالقصف، بينما نفذ الطيران الحربي السوري أربع غارات على مناطق في محيط "
                + "البلدتين.").village("الفوعة", "p1", "SY-ID").village("كفريا", "p2", "SY-ID");
        List<Arguments.Place> all = add(h);
        assertEquals(4, all.size());
        assertEquals(h.span("البلدتين"), all.get(2).span());
        assertEquals(List.of("الفوعه", "كفريا"), List.of(all.get(2).locationAr(), all.get(3).locationAr()));
        assertEquals(2, all.get(2).geoPrecision(), "around the towns: near each");
        StoryContext story = new StoryContext(null, h.sentence.doc, h.story("2015-07-22"), null, null, h.actors, all,
                h.dates, h.counts, null, null, List.of());
        Placement p = PLACER.place(h.sentence, h.candidate("غارات"), all, story, false, false);
        assertEquals(List.of("الفوعه", "كفريا"), p.places().stream().map(Arguments.Place::locationAr).toList());
    }

    @Test
    void aDualAfterAnotherWordOrAfterAGovernoratePlacesNothing() {
        // SNN dev snn-2015-07-22-28: "دخول البلدتين" is where fighters tried to go, no place of an act
        HandBuilt entry = new HandBuilt("دارت اشتباكات في الفوعة وكفريا حاول خلالها مقاتلون دخول البلدتين.")
                .village("الفوعة", "p1", "SY-ID").village("كفريا", "p2", "SY-ID");
        assertEquals(2, add(entry).size());
        // "وقصفت البلدتين": a dual object with no preposition before it places nothing either
        HandBuilt three = new HandBuilt("قصفت الطائرات سراقب وبنش وتفتناز ثم عادت وقصفت البلدتين.")
                .village("سراقب", "p1", "SY-ID").village("بنش", "p2", "SY-ID").village("تفتناز", "p3", "SY-ID");
        assertEquals(3, add(three).size());
    }
}
