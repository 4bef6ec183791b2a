package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class EventPlacerTest {
    private static final EventPlacer PLACER = new EventPlacer(HandBuilt.WORDS);

    private static StoryContext story(HandBuilt h, Arguments.Place storyPlace, Arguments.Place focus) {
        return new StoryContext(null, h.sentence.doc, h.story("2018-07-02"), null, null, h.actors, h.places,
                h.dates, h.counts, storyPlace, focus, List.of());
    }

    private static List<String> names(Placement p) {
        return p.places().stream().map(Arguments.Place::locationAr).toList();
    }

    @Test
    void anInquiryIsPlacedWhereItsTeamIsSent() {
        // ANT dev: a statement is not placed where someone goes, but an inquiry is about that place
        List<Event> es = Pipeline.withDefaults().process(Document.ofText("t", "ذكرت منظمة حظر الأسلحة الكيماوية، "
                + "الثلاثاء، إنها سترسل بعثة للتقصي من الحقائق إلى مدينة دوما للتحقيق في تقارير وقوع هجوم كيماوي "
                + "أدى إلى مقتل العشرات.")).events();
        Event e = es.stream().filter(x -> "09".equals(x.cameo())).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("SY-RD", e.admin1());
        assertEquals("دوما", e.locationAr());
    }

    @Test
    void aListOfVillagesIsOneEventPerVillage() {
        HandBuilt h = new HandBuilt("تعرضت قرى جزرايا وزمار والعثمانية بالريف الجنوبي لقصف مدفعي من قبل قوات النظام.")
                .village("جزرايا", "p1", "SY-HL").village("زمار", "p2", "SY-HL").village("العثمانية", "p3", "SY-HL");
        Placement p = PLACER.place(h.sentence, h.candidate("قصف"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("جزرايا", "زمار", "العثمانيه"), names(p));
        assertTrue(p.inSentence());
    }

    @Test
    void aForeignNameThatNamesASyrianPlaceLocatesNothingAbroad() {
        // SNN dev: "وبغداد" is the second street of the dual, not Iraq placing "الثورة" (cf. "شمالي بغداد")
        HandBuilt h = new HandBuilt("سقطت القذائف الصاروخية على شارعي الثورة وبغداد في دمشق.");
        h.places.add(HandBuilt.place(h.span("شارعي الثورة"), "شارع الثوره", null, "SY-DI", 1));
        h.places.add(HandBuilt.place(h.span("بغداد"), "شارع بغداد", null, "SY-DI", 1));
        Placement p = PLACER.place(h.sentence, h.candidate("القذائف"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("شارع الثوره", "شارع بغداد"), names(p));
        HandBuilt abroad = new HandBuilt("سقطت القذائف الصاروخية على منطقة الحماميات شمالي بغداد.")
                .village("الحماميات", "p1", "SY-HM");
        Placement none = PLACER.place(abroad.sentence, abroad.candidate("القذائف"), abroad.places,
                story(abroad, null, null), false, false);
        assertEquals(List.of(), names(none), "a Syrian homonym placed by the words after it abroad");
    }

    @Test
    void aCapitalAfterCommaAndLocatesNothingBeforeIt() {
        // ANT dev ant-sk-middleeast-862-20180408: "واعتبرت باريس" opens another report; Paris does not place دوما abroad
        List<Event> es = Pipeline.withDefaults().process(Document.ofText("t", "أدان وزير الخارجية الفرنسي، جان إيف "
                + "لودريان، يوم الأحد، هجمات النظام السوري على دوما في غوطة دمشق الشرقية، ليلة السبت، واعتبرت باريس "
                + "ما حصل قرب العاصمة دمشق، انتهاكا للقانون الإنساني الدولي.")).events();
        Event e = es.stream().filter(x -> "11".equals(x.cameo())).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("SY-RD", e.admin1());
        assertEquals("دوما", e.locationAr());
    }

    @Test
    void aListWhoseItemsCarryTheirOwnLocatorsIsOneEventPerItem() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة معرزيتا بريف إدلب الجنوبي، وبلدة حلفايا بريف حماة الشمالي.")
                .village("معرزيتا", "p1", "SY-ID").village("حلفايا", "p2", "SY-HM");
        h.places.add(HandBuilt.place(h.span("ريف إدلب الجنوبي"), "ريف ادلب الجنوبي", "r1", "SY-ID", 2));
        h.places.add(HandBuilt.place(h.span("ريف حماة الشمالي"), "ريف حماه الشمالي", "r2", "SY-HM", 2));
        h.places.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        Placement p = PLACER.place(h.sentence, h.candidate("قصفت"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("معرزيتا", "حلفايا"), names(p));
    }

    @Test
    void aLocatorOfAnotherGovernorateJoinsNoList() {
        // "في ريف حلب" does not locate a village of Idlib: the place after it is not an item
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة معرزيتا في ريف حلب، ومدينة حلفايا أمس.")
                .village("معرزيتا", "p1", "SY-ID").village("حلفايا", "p2", "SY-HM");
        h.places.add(HandBuilt.place(h.span("ريف حلب"), "ريف حلب", "r1", "SY-HL", 2));
        h.places.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        Placement p = PLACER.place(h.sentence, h.candidate("قصفت"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("معرزيتا"), names(p));
    }

    @Test
    void aNeighbourhoodTheGazetteerLacksOutranksTheTownThatLocatesIt() {
        HandBuilt h = new HandBuilt("سقطت قذيفة صاروخية على سوق شعبية في حي كشكول على أطراف ضاحية جرمانا.")
                .village("جرمانا", "p1", "SY-RD");
        // the resolver keeps an unknown name after "حي" with no id, precise to the town it is near (2)
        h.places.add(0, HandBuilt.place(h.span("كشكول"), "كشكول", null, "SY-RD", 2));
        Placement p = PLACER.place(h.sentence, h.candidate("قذيفة"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("كشكول"), names(p));
    }

    @Test
    void anotherNameInBracketsDoesNotEndTheList() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام مدينة عين العرب (كوباني) وقرية الشيوخ صباح اليوم.")
                .village("عين العرب", "p1", "SY-HL").village("الشيوخ", "p2", "SY-HL");
        Placement p = PLACER.place(h.sentence, h.candidate("قصفت"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("عين العرب", "الشيوخ"), names(p));
    }

    @Test
    void aGovernorateDoesNotJoinAList() {
        HandBuilt h = new HandBuilt("قصفت قوات النظام بلدة كفرنبل وإدلب بالمدفعية الثقيلة صباح اليوم.")
                .village("كفرنبل", "p1", "SY-ID").area("إدلب", "g1", "SY-ID");
        Placement p = PLACER.place(h.sentence, h.candidate("قصفت"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("كفرنبل"), names(p));
    }

    @Test
    void aStatementIsNotPlacedWhereSomeoneGoes() {
        HandBuilt h = new HandBuilt("رفض جيش الإسلام في دوما الخروج من المدينة نحو إدلب حتى الآن.")
                .village("دوما", "p1", "SY-RD").area("إدلب", "g1", "SY-ID");
        List<Arguments.Place> kept = PLACER.notMoved(h.sentence, h.places);
        assertEquals(List.of("دوما"), kept.stream().map(Arguments.Place::locationAr).toList());
    }

    @Test
    void withoutAPlaceInTheSentenceTheStorysFocus() {
        HandBuilt h = new HandBuilt("وقصفت قوات النظام المدينة بعشرات القذائف ما أدى لمقتل مدنيين.")
                .count("مدنيين", "killed", 3, "CIVILIANS");
        Arguments.Place focus = HandBuilt.place(new org.rasid.text.Span(0, 0), "دوما", "p1", "SY-RD", 1);
        Placement p = PLACER.place(h.sentence, h.candidate("قصفت"), h.places, story(h, null, focus), false, true);
        assertEquals(List.of(focus), p.places());
        assertFalse(p.inSentence());
    }

    @Test
    void aGeneralityWithNoPlaceDateOrTollIsNotCoded() {
        HandBuilt h = new HandBuilt("وتقصف قوات النظام بالمدفعية وتتقدم على الأرض دون توقف.");
        assertNull(PLACER.place(h.sentence, h.candidate("تقصف"), h.places, story(h, null, null), false, false));
    }

    @Test
    void aCaptureIsNotPlacedWhereTheArmyHeadsTo() {
        // ANT outside gold: the army advanced towards حرستا and دوما; what it took is أوتايا
        HandBuilt h = new HandBuilt("وحدات الجيش تقدمت على أكثر من اتجاه وطهرت العديد من المزارع والبلدات باتجاه حرستا "
                + "(غرب) ودوما، مؤكدا السيطرة على عدد من البلدات في الجبهة الشرقية للغوطة بينها أوتايا والنشابية.")
                .village("حرستا", "p1", "SY-RD").village("دوما", "p2", "SY-RD").village("أوتايا", "p3", "SY-RD");
        assertEquals(List.of("اوتايا"),
                PLACER.notHeadedFor(h.sentence, h.places).stream().map(Arguments.Place::locationAr).toList());
        Placement p = PLACER.place(h.sentence, h.candidate("السيطرة"), h.places, story(h, null, null), false, false);
        assertEquals(List.of("اوتايا"), names(p));
    }
}
