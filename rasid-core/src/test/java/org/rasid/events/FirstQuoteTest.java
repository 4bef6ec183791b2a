package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rasid.events.VerbalEvents.verbal;
import static org.rasid.events.VerbalEvents.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class FirstQuoteTest {
    @Test
    void theFirstUndatedQuoteOfANamedSpeakerOnTheWarIsAStatement() {
        List<Event> events = verbal("قال وزير الخارجية البريطاني بوريس جونسون إن بلاده لن تسحب خبراءها من سوريا "
                + "قبل نهاية العام.");
        assertEquals(List.of("01 GBR"), events.stream().map(e -> e.cameo() + " " + e.actor1()).toList());
        // said nowhere the sentence tells: no place
        assertNull(events.get(0).admin1());
        // a place in the country counts as the country does
        assertEquals(List.of("01 GBR"), speakers("قال وزير الخارجية البريطاني بوريس جونسون إن الوضع الإنساني "
                + "في مدينة إدلب يزداد سوءا."));
    }

    @Test
    void aQuoteOnAnotherMatterStaysColour() {
        assertEquals(List.of(), speakers("قال وزير الخارجية البريطاني بوريس جونسون إن اقتصاد بلاده ينمو "
                + "بسرعة كبيرة منذ بداية الأزمة المالية."));
    }

    @Test
    void anUnnamedSourceOrAnActorOnlyTheContentNamesIsNoSpeaker() {
        // "قال مسؤول بريطاني": a source without a name is a minor voice
        assertEquals(List.of(), speakers("قال مسؤول في الخارجية البريطانية إن بلاده لن تسحب خبراءها من سوريا "
                + "قبل نهاية العام."));
        // the government is what the monitor's director speaks about, not who speaks
        assertEquals(List.of(), speakers("وأوضح مدير المنظمة أن الحكومة البريطانية لن تسحب خبراءها من سوريا "
                + "قبل نهاية العام."));
    }

    @Test
    void onlyTheSpeakersFirstQuoteOfTheStory() {
        // the second undated quote of the same speaker colours the first: one statement
        assertEquals(List.of("01 GBR"), speakers("قال وزير الخارجية البريطاني بوريس جونسون إن بلاده لن تسحب "
                + "خبراءها من سوريا قبل نهاية العام. وقال جونسون إن الحل في سوريا سياسي."));
    }
}
