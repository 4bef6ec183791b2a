package org.rasid.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.episode.EpisodeEvents.DUMA;
import static org.rasid.episode.EpisodeEvents.KAFRIYA;
import static org.rasid.episode.EpisodeEvents.agreement;
import static org.rasid.episode.EpisodeEvents.event;
import static org.rasid.episode.EpisodeEvents.verbal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class EpisodeRulesTest {
    private static final EpisodeRules RULES = EpisodeRules.load();

    private static List<String> moves(Event e) {
        return RULES.movesOf(e).stream().map(m -> m.kind().id() + "/" + m.state()).toList();
    }

    @Test
    void talksAboutAnEvacuationAreTalksOfAnEvacuationDeal() {
        Event e = verbal("a", null, "04", "كفريا", KAFRIYA,
                "أكدت مصادر خاصة أن مفاوضات تجري بين الفصائل في إدلب والميليشيات المحاصرة في بلدتي كفريا والفوعة، بهدف التوصل لاتفاق لإجلاء كامل الميليشيات.");
        assertEquals(List.of("evacuation_deal/talks", "siege/besieged"), moves(e));
    }

    @Test
    void talksWithoutEvacuationAreANegotiationAndTalksOfATruceATruce() {
        assertEquals(List.of("negotiation/talks"), moves(verbal("a", null, "04", "دوما", DUMA,
                "وقال مصدر معارض مطلع على المفاوضات في دوما إن الروس خيروا جيش الإسلام.")));
        assertEquals(List.of("truce/talks"), moves(verbal("b", null, "04", "دوما", DUMA,
                "وتجري مشاورات حول مشروع القرار المتعلق بالهدنة في الغوطة الشرقية.")));
    }

    @Test
    void busesLeavingAreTheImplementationOfADeal() {
        Event e = agreement("a", null, "درعا البلد", EpisodeEvents.DARAA_BALAD, "x",
                "وتمثل هاتان الحافلتان الدفعة الثانية من مقاتلي المعارضة السورية من درعا، بعد مغادرة الدفعة الأولى يوم الأربعاء.");
        assertEquals(List.of("evacuation_deal/implementation"), moves(e));
    }

    @Test
    void evacuatingTheSickIsNoDeal() {
        Event e = agreement("a", null, "دوما", DUMA, "x",
                "وأضاف أن المركز سيقوم مع الحكومة السورية بإجلاء المرضى والمصابين من المنطقة.");
        assertEquals(List.of(), moves(e));
    }

    @Test
    void aCondemnationBelongsToNoStoryline() {
        Event e = verbal("a", null, "11", "دوما", DUMA,
                "أدان الرئيس الأميركي حملة القصف الكثيفة التي يشنها النظام السوري على معارضيه في الغوطة الشرقية.");
        assertTrue(moves(e).isEmpty());
    }

    @Test
    void shellingOfABesiegedTownIsBothOffensiveAndSiege() {
        Event e = event("a", null, "Explosions/Remote violence", "Shelling/artillery/missile attack", "19", "درعا البلد",
                EpisodeEvents.DARAA_BALAD, "x",
                "وفي الأيام الأخيرة شددت قوات النظام حصارها الذي دام شهرين واشتد قصفها استعدادًا لاقتحام المنطقة.");
        assertEquals(List.of("siege/bombardment", "offensive/bombardment"), moves(e));
    }

    @Test
    void theWholeAreaTakenCompletesAnOffensive() {
        Event e = event("a", null, "Battles", "Government regains territory", "19", "دوما", DUMA, "x",
                "وأعلن الجيش السوري السبت سيطرته بالكامل على الغوطة الشرقية بعد إجلاء آخر مقاتلي المعارضة من مدينة دوما.");
        assertEquals(List.of("evacuation_deal/completed", "offensive/completed"), moves(e));
        Event town = event("b", null, "Battles", "Government regains territory", "19", "سقبا", DUMA, "x",
                "استعاد الجيش النظامي السوري السيطرة السبت على بلدتي سقبا وكفر بطنا في الغوطة الشرقية.");
        assertEquals(List.of("offensive/territorial gains"), moves(town));
    }

    @Test
    void aCapitalAnchorsNoEpisode() {
        Event capital = agreement("a", null, "دمشق", EpisodeEvents.DAMASCUS, "x", "وافقت ثماني بلدات على اتفاق للمصالحة مع دمشق.");
        assertFalse(RULES.anchors(capital));
        assertTrue(RULES.anchors(agreement("b", null, "دوما", DUMA, "x", "تم الاتفاق على خروج المقاتلين من دوما.")));
    }
}
