package org.rasid.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.episode.EpisodeEvents.ARBIN;
import static org.rasid.episode.EpisodeEvents.BABBILA;
import static org.rasid.episode.EpisodeEvents.DAMASCUS;
import static org.rasid.episode.EpisodeEvents.DARAA_BALAD;
import static org.rasid.episode.EpisodeEvents.DUMA;
import static org.rasid.episode.EpisodeEvents.FUAH;
import static org.rasid.episode.EpisodeEvents.JOBAR;
import static org.rasid.episode.EpisodeEvents.YALDA;
import static org.rasid.episode.EpisodeEvents.HARASTA;
import static org.rasid.episode.EpisodeEvents.KAFRIYA;
import static org.rasid.episode.EpisodeEvents.agreement;
import static org.rasid.episode.EpisodeEvents.event;
import static org.rasid.episode.EpisodeEvents.verbal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class EpisodeBuilderTest {
    private static final EpisodeBuilder BUILDER = new EpisodeBuilder(EpisodeRules.load());

    private static List<Episode> build(Event... events) throws IOException {
        List<Event> list = new ArrayList<>(List.of(events));
        return BUILDER.build(sink -> list.forEach(sink));
    }

    private static List<Episode> ofKind(List<Episode> episodes, String kind) {
        return episodes.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static List<String> timeline(Episode e) {
        return e.states().stream().map(s -> s.date() + " " + s.state()).toList();
    }

    /** The siege of Daraa al-Balad told as in seed 001, one event per report, in shuffled order. */
    private static final Event[] DARAA = {
        agreement("d5", "2021-09-02", "درعا البلد", DARAA_BALAD, "عنب بلدي",
                "وتمثل هاتان الحافلتان الدفعة الثانية من مقاتلي المعارضة السورية من درعا البلد، بعد مغادرة الدفعة الأولى يوم الأربعاء."),
        verbal("d1", "2021-07-28", "04", "درعا البلد", DARAA_BALAD,
                "ورغم عدة اجتماعات عقدتها اللجنة التفاوضية في درعا البلد مع ممثلين عن النظام وروسيا، لم يتم التوصل إلى تسوية."),
        event("d0", "2021-07-27", "Explosions/Remote violence", "Shelling/artillery/missile attack", "19", "درعا البلد",
                DARAA_BALAD, "رويترز", "وفي الأيام الأخيرة شددت قوات النظام حصارها الذي دام شهرين واشتد قصفها استعدادًا لاقتحام المنطقة."),
        verbal("d2", "2021-08-10", "12", "درعا البلد", DARAA_BALAD,
                "في ظل إصرار قوات النظام على دخول المنطقة، وهو ما يرفضه الأهالي الذين رفضوا شروط التسوية."),
        agreement("d3", "2021-08-24", "درعا البلد", DARAA_BALAD, "سانا",
                "وتوصلت اللجنة المركزية وقوات النظام إلى اتفاق يقضي بخروج رافضي التسوية ونشر نقاط عسكرية في الحي."),
        event("d4", "2021-09-01", "Strategic developments", "Non-violent transfer of territory", "08", "درعا البلد",
                DARAA_BALAD, "رويترز", "دخلت وحدة من الشرطة العسكرية الروسية، اليوم الثلاثاء، جيب درعا البلد لفرض خطة التسوية."),
    };

    @Test
    void theDealOfDaraaAlBaladMovesFromTalksToBuses() throws IOException {
        List<Episode> deals = ofKind(build(DARAA), "evacuation_deal");
        assertEquals(1, deals.size());
        Episode deal = deals.get(0);
        assertEquals(List.of("2021-07-28 talks", "2021-08-10 demands and refusals", "2021-08-24 agreement",
                "2021-09-01 implementation"), timeline(deal));
        assertEquals("d3", deal.states().get(2).event());
        assertEquals("اتفاق", deal.states().get(2).stateAr());
        assertEquals("اتفاق إجلاء أو تسوية", deal.labelAr());
        assertEquals("تنفيذ", deal.stateAr());
        assertTrue(deal.states().get(2).sentence().contains("اتفاق يقضي بخروج"));
        assertEquals(List.of("d1", "d2", "d3", "d4", "d5"), deal.eventIds());
        assertEquals("2021-07-28", deal.from());
        assertEquals("2021-09-02", deal.to());
        assertEquals(List.of("outlet", "رويترز", "سانا", "عنب بلدي"), deal.outlets());
        assertEquals("درعا البلد", deal.place());
        assertFalse(deal.closed());
    }

    @Test
    void undatedReportsOfKafriyaStillGiveTheStateOrder() throws IOException {
        List<Episode> episodes = build(
                verbal("k3", null, "13", "كفريا", KAFRIYA,
                        "ولفتت المصادر إلى أن أحد العروض التي قدمت للميليشيات في كفريا من قبل الفصائل هو الخروج أو عملية عسكرية."),
                verbal("k1", null, "04", "كفريا", KAFRIYA,
                        "أكدت مصادر خاصة أن مفاوضات تجري بين الفصائل في إدلب والميليشيات في بلدتي كفريا والفوعة، بهدف التوصل لاتفاق لإجلاء كامل الميليشيات."),
                verbal("k2", null, "12", "كفريا", KAFRIYA,
                        "وبينت المصادر أن قيادة الميليشيات في البلدتين رفضت الخروج في شهر أيار الماضي."));
        Episode deal = ofKind(episodes, "evacuation_deal").get(0);
        assertEquals(List.of("null talks", "null demands and refusals", "null threats"), timeline(deal));
        assertEquals(null, deal.from());
    }

    @Test
    void neighbouringTownsAndDistantMonthsAreSeparateDeals() throws IOException {
        List<Episode> deals = ofKind(build(
                agreement("h1", "2018-03-21", "حرستا", HARASTA, "a", "تم الاتفاق على خروج المقاتلين من حرستا إلى إدلب."),
                agreement("h2", "2018-03-22", "حرستا", HARASTA, "b", "ودخول حافلات لمدينة حرستا من أجل إجلاء المقاتلين."),
                agreement("m1", "2018-04-01", "دوما", DUMA, "a", "وأعلن النظام التوصل إلى اتفاق يقضي بخروج مقاتلي جيش الإسلام من دوما."),
                agreement("m2", "2018-04-02", "دوما", DUMA, "c", "وبدأت حافلات تقل مقاتلين وعائلاتهم مغادرة دوما."),
                agreement("h3", "2018-06-20", "حرستا", HARASTA, "a", "واتفاق جديد يقضي بتسوية أوضاع المطلوبين في حرستا."),
                agreement("h4", "2018-06-21", "حرستا", HARASTA, "a", "وغادرت الدفعة الأولى من حرستا.")), "evacuation_deal");
        assertEquals(List.of(List.of("h1", "h2"), List.of("m1", "m2"), List.of("h3", "h4")),
                deals.stream().map(Episode::eventIds).toList());
    }

    @Test
    void aCompletedDealEndsAndLaterTalksStartAnotherEpisode() throws IOException {
        List<Episode> deals = ofKind(build(
                agreement("h1", "2018-03-21", "حرستا", HARASTA, "a", "تم الاتفاق على خروج المقاتلين من حرستا إلى إدلب."),
                agreement("h2", "2018-03-23", "حرستا", HARASTA, "a",
                        "وأعلن التلفزيون الرسمي أن مدينة حرستا باتت خالية من مقاتلي الفصائل بعد إجلاء آخر دفعة."),
                verbal("h3", "2018-03-25", "04", "حرستا", HARASTA, "وتجري مفاوضات حول عودة المهجرين وخروج من تبقى إلى الشمال."),
                verbal("h4", "2018-03-26", "12", "حرستا", HARASTA, "ورفض الأهالي الخروج إلى الشمال.")),
                "evacuation_deal");
        assertEquals(2, deals.size());
        assertEquals(List.of("2018-03-21 agreement", "2018-03-23 completed"), timeline(deals.get(0)));
        assertTrue(deals.get(0).closed());
        assertEquals(List.of("2018-03-25 talks", "2018-03-26 demands and refusals"), timeline(deals.get(1)));
    }

    @Test
    void aViolationBeforeAnyAgreementMovesNoTruce() throws IOException {
        Episode truce = ofKind(build(
                verbal("t1", "2018-02-23", "02", "دوما", DUMA, "ودعا الاتحاد الأوروبي إلى وقف فوري لإطلاق النار في الغوطة الشرقية وإعلان هدنة."),
                event("t2", "2018-02-24", "Explosions/Remote violence", "Air/drone strike", "19", "دوما", DUMA, "x",
                        "وقصفت طائرات حربية الغوطة الشرقية بعد دقائق من مطالبة مجلس الأمن بهدنة."),
                agreement("t3", "2018-02-25", "دوما", DUMA, "y", "وأعلنت روسيا هدنة إنسانية يومية في الغوطة الشرقية."),
                event("t4", "2018-02-27", "Explosions/Remote violence", "Air/drone strike", "19", "دوما", DUMA, "x",
                        "وقصفت الطائرات دوما رغم الهدنة الإنسانية.")), "truce").get(0);
        assertEquals(List.of("2018-02-23 called for", "2018-02-25 agreed", "2018-02-27 violated"), timeline(truce));
        assertEquals(4, truce.eventCount());
    }

    @Test
    void eventsWithoutPlaceOrDayNeverBreakBuilding() throws IOException {
        Event noPlace = agreement("x1", "2018-03-21", null, null, "a", "تم الاتفاق على خروج المقاتلين إلى إدلب.");
        Event noDay = agreement("x2", null, "حرستا", HARASTA, "b", "ودخول حافلات لمدينة حرستا من أجل إجلاء المقاتلين.");
        Event noSentence = new Event("x3", "d", 0, null, null, "04", null, null, null, null, null, null, null, null,
                null, HARASTA[0], HARASTA[1], null, "2018-13-45", null, null, null, null, null, null, null, null, 0.5,
                null, null, null, null);
        Event dated = agreement("x4", "2018-03-21", "حرستا", HARASTA, "a", "تم الاتفاق على خروج المقاتلين من حرستا إلى إدلب.");
        List<Episode> episodes = build(noPlace, noDay, noSentence, dated);
        assertEquals(1, episodes.size());
        // undated reports (a malformed day counts as none) come after the dated one, talks before buses
        assertEquals(List.of("x4", "x3", "x2"), episodes.get(0).eventIds());
        assertEquals(List.of("2018-03-21 agreement", "null implementation"), timeline(episodes.get(0)));
        assertTrue(build().isEmpty());
    }

    @Test
    void aSingleReportIsNoEpisode() throws IOException {
        assertTrue(build(agreement("h1", "2018-03-21", "حرستا", HARASTA, "a",
                "تم الاتفاق على خروج المقاتلين من حرستا إلى إدلب.")).isEmpty());
    }

    @Test
    void theIdStaysWhenLaterEventsJoin() throws IOException {
        Episode before = ofKind(build(DARAA[1], DARAA[3]), "evacuation_deal").get(0);
        Episode after = ofKind(build(DARAA), "evacuation_deal").get(0);
        assertEquals(before.id(), after.id());
    }

    private static Event shelling(String id, String date, String place, double[] at, String sentence) {
        return event(id, date, "Explosions/Remote violence", "Shelling/artillery/missile attack", "19", place, at,
                "x", sentence);
    }

    /** The offensive on Eastern Ghouta, then one on the south of Damascus, in the words of ANT's reports. */
    private static final Event[] GHOUTA_THEN_SOUTH = {
        shelling("g1", "2018-03-20", "دوما", DUMA, "قتل 29 مدنيا في قصف مدفعي وغارات استهدفت مدينة دوما في الغوطة الشرقية."),
        shelling("g2", "2018-03-21", "حرستا", HARASTA, "وقصفت قوات النظام مدينة حرستا بالمدفعية."),
        shelling("g3", "2018-03-22", "عربين", ARBIN, "وتعرضت بلدة عربين لقصف صاروخي عنيف."),
        event("g4", "2018-03-23", "Battles", "Armed clash", "19", "حي جوبر", JOBAR, "x",
                "ودارت اشتباكات عنيفة بين قوات النظام وفيلق الرحمن على أطراف حي جوبر."),
        event("g5", "2018-03-27", "Battles", "Government regains territory", "19", "دوما", DUMA, "x",
                "أعلن المركز الروسي أن قوات النظام سيطرت على مدينة دوما وبالتالي على الغوطة الشرقية بالكامل."),
        shelling("g6", "2018-03-28", "دوما", DUMA, "وقصفت قوات النظام أطراف مدينة دوما قبل خروج آخر الحافلات."),
        shelling("s1", "2018-03-29", "ببيلا", BABBILA, "وقصفت قوات النظام بلدة ببيلا جنوب دمشق تمهيدا لاقتحام الحجر الأسود."),
        shelling("s2", "2018-03-30", "يلدا", YALDA, "وتعرضت بلدة يلدا لقصف مدفعي."),
        event("s3", "2018-03-31", "Battles", "Armed clash", "19", "ببيلا", BABBILA, "x",
                "واندلعت اشتباكات بين قوات النظام وتنظيم داعش قرب ببيلا."),
        shelling("s4", "2018-04-01", "يلدا", YALDA, "وتواصل القصف على يلدا لليوم الرابع."),
        shelling("s5", "2018-04-02", "ببيلا", BABBILA, "وقتل مدنيان في قصف على ببيلا."),
    };

    @Test
    void anOffensiveWhoseFrontChainsOnStaysInItsArea() throws IOException {
        // the next day, Babbila lies 7 km from Jobar, within the offensive's reach: its 13 km from
        // Duma, where the offensive opened, beyond its span, part them
        List<Episode> offensives = ofKind(build(GHOUTA_THEN_SOUTH), "offensive");
        assertEquals(List.of(List.of("g1", "g2", "g3", "g4", "g5", "g6"), List.of("s1", "s2", "s3", "s4", "s5")),
                offensives.stream().map(Episode::eventIds).toList());
        // the whole area declared taken completes the offensive but does not close it: g6 still joins
        assertEquals(List.of("2018-03-20 bombardment", "2018-03-23 ground assault", "2018-03-27 completed"),
                timeline(offensives.get(0)));
        assertFalse(offensives.get(0).closed());
    }

    @Test
    void theCapitalOpensNoEpisodeAndNamesNone() throws IOException {
        Event[] events = {
            agreement("c1", "2018-06-30", "دمشق", DAMASCUS, "a", "وافقت ثماني بلدات في محافظة درعا على اتفاق للمصالحة مع دمشق."),
            agreement("c2", "2018-07-01", "دمشق", DAMASCUS, "b", "وبدأت حافلات تقل رافضي التسوية مغادرة البلدات بموجب الاتفاق مع دمشق."),
        };
        assertTrue(build(events).isEmpty());
        // the call made "at Damascus" opens no truce; the shells on the capital join the truce of
        // Ghouta as its violation, but the capital does not name it
        List<Episode> truces = ofKind(build(
                verbal("t1", "2018-02-24", "02", "دمشق", DAMASCUS,
                        "وأصدر مجلس الأمن الدولي قرارا يدعو إلى وقف إطلاق النار في جميع أنحاء البلاد لمدة 30 يوما."),
                agreement("t2", "2018-02-25", "دوما", DUMA, "y", "وأعلنت روسيا هدنة إنسانية يومية في الغوطة الشرقية."),
                shelling("t3", "2018-02-27", "دمشق", DAMASCUS, "وسقطت قذائف على دمشق رغم الهدنة الإنسانية.")), "truce");
        assertEquals(1, truces.size());
        assertEquals(List.of("2018-02-25 agreed", "2018-02-27 violated"), timeline(truces.get(0)));
        assertEquals(List.of("دوما"), truces.get(0).places());
    }

    /** One sentence, one event per town: "كفريا والفوعة" 3 km apart, beyond a deal's 1 km reach. */
    private static Event[] twinTowns(String second) {
        String agreed = "توصلت هيئة تحرير الشام الثلاثاء إلى اتفاق مع الميليشيات الإيرانية ينص على إخراج قاطني بلدتي كفريا والفوعة.";
        Event fuah = agreement("f1", "2018-07-17", "الفوعة", FUAH, "a", agreed);
        Event kafriya = agreement("k1", "2018-07-17", "كفريا", KAFRIYA, "a", agreed);
        Event buses = agreement("k2", "2018-07-19", "كفريا", KAFRIYA, "b", second);
        // one document, one sentence: the same evidence offsets
        return new Event[] {fuah, withDoc(kafriya, fuah.doc()), buses};
    }

    private static Event withDoc(Event e, String doc) {
        return new Event(e.id(), doc, e.story(), e.acledType(), e.acledSubType(), e.cameo(), e.quadClass(), e.actor1(),
                e.actor2(), e.assocActor1(), e.assocActor2(), e.locationAr(), e.placeId(), e.admin1(), e.admin2(),
                e.latitude(), e.longitude(), e.geoPrecision(), e.eventDate(), e.timePrecision(), e.fatalities(),
                e.fatalitiesText(), e.injured(), e.arrested(), e.displaced(), e.reportedBy(), e.evidence(), e.confidence(),
                e.sources(), e.claims(), e.mergedFrom(), e.mergeReasons());
    }

    @Test
    void aSentenceNamingTwinTownsMakesOneDeal() throws IOException {
        List<Episode> deals = ofKind(build(twinTowns(
                "وأفادت القناة الرسمية باستكمال إجلاء جميع المدنيين من البلدتين بعد وصول آخر دفعة من الحافلات.")),
                "evacuation_deal");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals(List.of("f1", "k1", "k2"), deals.get(0).eventIds());
        assertEquals(List.of("2018-07-17 agreement", "2018-07-19 completed"), timeline(deals.get(0)));
        // two towns 3 km apart told in separate sentences stay separate deals
        Event kafriya = agreement("k1", "2018-07-17", "كفريا", KAFRIYA, "a", "تم الاتفاق على إخراج قاطني بلدة كفريا.");
        Event fuah = agreement("f1", "2018-07-17", "الفوعة", FUAH, "a", "تم الاتفاق على إخراج قاطني بلدة الفوعة.");
        Event kafriyaBuses = agreement("k2", "2018-07-19", "كفريا", KAFRIYA, "b", "ووصلت الحافلات إلى كفريا.");
        Event fuahBuses = agreement("f2", "2018-07-19", "الفوعة", FUAH, "b", "ووصلت الحافلات إلى الفوعة.");
        assertEquals(2, ofKind(build(kafriya, fuah, kafriyaBuses, fuahBuses), "evacuation_deal").size());
    }
}
