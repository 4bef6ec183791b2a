package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;

class StoryReaderTest {
    private static StoryContext read(HandBuilt h) {
        return new StoryReader(h.args(), HandBuilt.CUES, HandBuilt.WORDS)
                .read(Document.ofText("t", h.text), h.sentence.doc, h.story("2018-07-02T10:00"));
    }

    @Test
    void thePlaceTheStoryKeepsNamingIsItsFocus() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة طفس. وتقع طفس غرب درعا. وقال أهالي طفس إن القصف مستمر.");
        for (int i = 0; i < 3; i++) {
            h.places.add(HandBuilt.place(h.span("طفس", i), "طفس", "p1", "SY-DR", 1));
        }
        h.places.add(HandBuilt.place(h.span("درعا"), "درعا", "g1", "SY-DR", 3));
        StoryContext c = read(h);
        assertEquals("طفس", c.focus().locationAr());
        assertEquals(LocalDate.of(2018, 7, 2), c.anchor());
    }

    @Test
    void aPlaceNamedOnceIsNoFocus() {
        assertNull(StoryReader.focus(List.of(HandBuilt.place(new org.rasid.text.Span(0, 3), "طفس", "p1", "SY-DR", 1))));
    }

    @Test
    void placesInsideActorNamesAndGenericNounsAreDropped() {
        // "الفصائل" is also a village of Hama in a gazetteer; "المدينة" a generic noun
        HandBuilt h = new HandBuilt("هاجمت الفصائل في المدينة قوات النظام في بلدة طفس بريف درعا.")
                .actor("الفصائل", "OPPOSITION").village("الفصائل", "x", "SY-HM").village("المدينة", "y", "SY-HM")
                .village("طفس", "p1", "SY-DR");
        List<String> kept = read(h).places().stream().map(Arguments.Place::locationAr).toList();
        assertEquals(List.of("طفس"), kept);
    }

    @Test
    void aCapitalAfterASettlementNounThatFiGovernsIsAPlace() {
        // the capital is also its state's name (an actor): after "في العاصمة" it is where the meeting was held
        assertEquals(1, kept(new HandBuilt("التقى الرئيس التركي ولي العهد السعودي في العاصمة أنقرة.")
                .actor("أنقرة", "TUR").village("أنقرة", "ankara", "TR")).size());
        assertEquals(1, kept(new HandBuilt("اجتمع الوزير بنظيره الروسي بالعاصمة الفرنسية باريس.")
                .actor("باريس", "FRA").village("باريس", "paris", "FR")).size());
        // no preposition: the capital is the subject, a government
        assertEquals(List.of(), kept(new HandBuilt("وصفت العاصمة أنقرة القرار بأنه خاطئ.")
                .actor("أنقرة", "TUR").village("أنقرة", "ankara", "TR")));
    }

    @Test
    void aStreetTheGazetteerLacksIsAPlaceWhateverStateItsNameAlsoNames() {
        // SNN dev: the resolver reads "شارعي الثورة وبغداد" as two Damascus streets (no gazetteer id)
        HandBuilt h = new HandBuilt("سقطت القذائف الصاروخية على شارعي الثورة وبغداد وحي باب توما في دمشق.")
                .actor("بغداد", "IRQ");
        h.places.add(HandBuilt.place(h.span("بغداد"), "شارع بغداد", null, "SY-DI", 1));
        assertEquals(List.of("شارع بغداد"), kept(h));
        HandBuilt known = new HandBuilt("سقطت القذائف الصاروخية على بغداد.").actor("بغداد", "IRQ")
                .village("بغداد", "x", "SY-DI");
        assertEquals(List.of(), kept(known), "a name the gazetteer knows: the actor wins, as before");
    }

    @Test
    void theWordOfAStreetsNameIsNoState() {
        // snn-2015-08-10-1065 (dev): "بغداد" in the street's name is no actor hit by the shells
        HandBuilt h = new HandBuilt("سقطت القذائف الصاروخية على شارعي الثورة وبغداد وحي باب توما في دمشق.")
                .actor("بغداد", "IRQ");
        h.places.add(HandBuilt.place(h.span("بغداد"), "شارع بغداد", null, "SY-DI", 1));
        assertEquals(List.of(), read(h).actors());
        HandBuilt known = new HandBuilt("سقطت القذائف الصاروخية على بغداد.").actor("بغداد", "IRQ")
                .village("بغداد", "x", "SY-DI");
        assertEquals(List.of("IRQ"), read(known).actors().stream().map(a -> a.actorId()).toList());
    }

    private static List<String> kept(HandBuilt h) {
        return read(h).places().stream().map(Arguments.Place::locationAr).toList();
    }

    @Test
    void theTwoVillagesJustNamedAreNotTheTownOfHoms() {
        HandBuilt h = new HandBuilt("اشتباكات في قريتي تل أعور والفريكة أسفرت عن سيطرة قوات النظام على القريتين.")
                .village("القريتين", "qaryatayn", "SY-HI");
        assertTrue(read(h).places().isEmpty());
    }

    @Test
    void theDatelineNamesThePlaceAfterTheOutlet() {
        assertEquals("درعا", StoryReader.dateline("سمارت-درعا"));
        assertEquals("حلب", StoryReader.dateline("حلب"));
    }

    @Test
    void commasAreDroppedFromTheWordBeforeAPlaceAsTheExpressionDid() {
        String text = "قصف، في، بغداد,شمالي";
        for (int[] r : new int[][] {{0, 4}, {0, 5}, {5, 8}, {9, 20}, {0, 20}, {3, 3}}) {
            assertEquals(text.substring(r[0], r[1]).replaceAll("[،,]", ""),
                    StoryReader.withoutCommas(text, r[0], r[1]), r[0] + ".." + r[1]);
        }
        assertEquals("في", StoryReader.withoutCommas(text, 5, 8));
    }
}
