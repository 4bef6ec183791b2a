package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.confidence.ConfidenceModel;

class ConfidenceScorerTest {
    private static final HandBuilt H = new HandBuilt("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.");
    private static final ConfidenceModel MODEL = new ConfidenceModel(Map.of("bias", -1.0, "actor1", 2.0,
            "place_in_sentence", 1.0, "modality=background", -3.0));

    private static Map<String, Double> features(Modality m, boolean actor1, boolean placeInSentence) {
        Candidate c = H.candidate("قصفت", m);
        ActorAssignment who = new ActorAssignment(null, null, actor1 ? "SYR_GOV" : null, null, List.of());
        Dating when = new Dating(null, "2018-03-01", 1, null);
        Toll toll = new Toll(null, null, null, null, null, List.of(), List.of());
        Arguments.Place p = new Arguments.Place(null, "كفرنبل", null, "SY-ID", null, null, null, 1, 0.9);
        return ConfidenceFeatures.withPlace(ConfidenceFeatures.of(H.sentence, c, 1,
                new SentenceSetting(0, 4, 3, H.triggers), who, when, toll, 1), p, placeInSentence,
                ConfidenceScorer.ruleScore(c, actor1, placeInSentence, true, 0.9));
    }

    /** The features of the act {@code trigger} of a hand-built sentence, placed in {@code admin1} (or nowhere). */
    private static Map<String, Double> act(HandBuilt h, String trigger, String admin1) {
        Candidate c = h.candidate(trigger, Modality.OCCURRED);
        ActorAssignment who = new ActorAssignment(null, null, null, null, List.of());
        Dating when = new Dating(null, "2018-03-01", 1, null);
        Toll toll = new Toll(null, null, null, null, null, List.of(), List.of());
        Arguments.Place p = new Arguments.Place(null, "مكان", null, admin1, null, null, null, 3, 0.9);
        return ConfidenceFeatures.withPlace(ConfidenceFeatures.of(h.sentence, c, 1,
                new SentenceSetting(2, 5, 1, h.triggers), who, when, toll, 1), p, false, 0.5);
    }

    @Test
    void anActToldInsideSpeechOrQuotesIsMarked() {
        HandBuilt said = new HandBuilt("وقال المتحدث باسم الجيش إن الطائرات قصفت مواقع المسلحين قرب الحدود.");
        assertEquals(1.0, act(said, "قصفت", "SY-ID").get("reported_speech"), said.triggers.toString());
        assertTrue(!act(said, "قصفت", "SY-ID").containsKey("quoted"));
        HandBuilt quote = new HandBuilt("وكتب الوزير في تغريدة «إن الطائرات قصفت مواقع المسلحين» قبل ساعات.");
        assertEquals(1.0, act(quote, "قصفت", "SY-ID").get("quoted"));
        HandBuilt plain = new HandBuilt("قصفت الطائرات مواقع المسلحين قرب الحدود، وقال المتحدث إن الغارات مستمرة.");
        Map<String, Double> f = act(plain, "قصفت", "SY-ID");
        assertTrue(!f.containsKey("reported_speech") && !f.containsKey("quoted"), "the act comes first: " + f);
    }

    @Test
    void anActReadFromWhatASpeakerSaysIsMarked() {
        HandBuilt h = new HandBuilt("قال المبعوث الأمريكي إن لديه أدلة على أن قوات النظام قصفت المدينة بالغاز.");
        TriggerMention said = h.trigger("قال");
        Map<String, Double> claim = statement(h, new Candidate(said, Modality.OCCURRED, null, null, "11", 3));
        assertEquals(1.0, claim.get("speech_act"), "a speech verb whose content gives 11: " + claim);
        Map<String, Double> plain = statement(h, new Candidate(said, Modality.OCCURRED, null, null, "01", 1));
        assertTrue(!plain.containsKey("speech_act"), "a plain statement keeps its verb's class: " + plain);
        HandBuilt threat = new HandBuilt("قالت المتحدثة إن واشنطن سترد على أي هجوم جديد.");
        assertEquals(1.0, statement(threat, threat.candidate("سترد")).get("speech_act"), threat.triggers.toString());
        HandBuilt warned = new HandBuilt("حذر الوزير النظام من استخدام الأسلحة الكيماوية.");
        assertTrue(!statement(warned, warned.candidate("حذر")).containsKey("speech_act"), "a verb of the act itself");
    }

    @Test
    void aStatementIsMarkedWithItsClassAndItsSpeakersKind() {
        // ant-sk-middleeast-567-20180326 (outside the gold): a rebel group's denial, coded 01
        HandBuilt denied = new HandBuilt(
                "وبعد تقرير الوكالة الروسية نفى \"جيش الإسلام\" استعداد مقاتليه لإلقاء السلاح ومغادرة دوما.");
        Map<String, Double> rebel = statement(denied, denied.candidate("نفى"), "JAI");
        assertEquals(1.0, rebel.get("cameo=01"), rebel.toString());
        assertEquals(1.0, rebel.get("speaker=rebel_group"), rebel.toString());
        // ant-fr-middleeast-17-20180215 (outside the gold): a foreign state's warning, coded 11
        HandBuilt warned = new HandBuilt("حذر وزير الخارجية الأمريكي ريكس تيلرسون خلال زيارته للعاصمة اللبنانية "
                + "من أن مشاركة حزب الله في النزاعات الإقليمية \"يهدد\" أمن لبنان والمنطقة.");
        Map<String, Double> state = statement(warned, warned.candidate("حذر"), "USA");
        assertEquals(1.0, state.get("cameo=11"), state.toString());
        assertEquals(1.0, state.get("speaker=external_force"), state.toString());
        Map<String, Double> act = act(new HandBuilt("قصفت الطائرات مواقع المسلحين قرب الحدود."), "قصفت", "SY-ID");
        assertTrue(act.keySet().stream().noneMatch(k -> k.startsWith("cameo=") || k.startsWith("speaker=")),
                "an act is no statement: " + act);
    }

    private static Map<String, Double> statement(HandBuilt h, Candidate c) {
        return statement(h, c, "USA");
    }

    private static Map<String, Double> statement(HandBuilt h, Candidate c, String speaker) {
        ActorAssignment who = new ActorAssignment(null, null, speaker, null, List.of());
        Dating when = new Dating(null, "2018-03-01", 1, null);
        Toll toll = new Toll(null, null, null, null, null, List.of(), List.of());
        return ConfidenceFeatures.of(h.sentence, c, 1, new SentenceSetting(0, 3, 1, h.triggers), who, when, toll, 1);
    }

    @Test
    void thePlaceIsReadAgainstSyriaAndTheStoryIsMeasured() {
        HandBuilt h = new HandBuilt("قصفت الطائرات مواقع المسلحين قرب الحدود.");
        Map<String, Double> home = act(h, "قصفت", "SY-ID");
        assertEquals(1.0, home.get("place=syria"));
        assertEquals(1.0, home.get("family_place=act_syria"));
        assertEquals(1.0, act(h, "قصفت", "IQ").get("place=abroad"));
        assertEquals(1.0, act(h, "قصفت", null).get("family_place=act_none"));
        assertEquals(0.2, home.get("story_triggered"), 1e-9, "one sentence of five holds a trigger");
        assertEquals(0.5, home.get("relative_position"), 1e-9, "the third of five sentences");
    }

    @Test
    void theFeaturesOfACodedEventAreNamedAsInConfidenceTsv() {
        Map<String, Double> f = features(Modality.OCCURRED, true, true);
        assertEquals(1.0, f.get("actor1"));
        assertEquals(1.0, f.get("family=violence"), f.toString());
        assertEquals(1.0, f.get("modality=occurred"));
        assertEquals(1.0, f.get("lead_sentence"));
        assertEquals(1.0, f.get("geo_precision=1"));
        assertEquals(0.9, f.get("place_confidence"));
        assertTrue(!f.containsKey("actor2") && !f.containsKey("toll_known"), f.toString());
        // a place from the story is at best a district (geo_precision 2), as the event says
        assertEquals(1.0, features(Modality.OCCURRED, true, false).get("geo_precision=2"));
    }

    @Test
    void theScoreIsTheModelsRoundedProbability() {
        Map<String, String> seen = new HashMap<>();
        ConfidenceScorer scorer = ConfidenceScorer.recording(MODEL, (id, f) -> seen.put(id, f.keySet().toString()));
        double full = scorer.score("e1", features(Modality.OCCURRED, true, true));
        assertEquals(0.8808, full); // 1 / (1 + e^-(−1 + 2 + 1))
        double bare = scorer.score("e2", features(Modality.OCCURRED, false, false));
        assertEquals(0.2689, bare); // bias only
        double background = scorer.score("e3", features(Modality.BACKGROUND, true, true));
        assertTrue(background < full, background + " vs " + full);
        assertEquals(3, seen.size());
        assertTrue(seen.get("e1").contains("actor1"));
    }

    @Test
    void itStaysWithinBounds() {
        ConfidenceScorer sure = ConfidenceScorer.recording(new ConfidenceModel(Map.of("bias", 50.0)), (id, f) -> { });
        ConfidenceScorer doubtful = ConfidenceScorer.recording(new ConfidenceModel(Map.of("bias", -50.0)),
                (id, f) -> { });
        assertEquals(0.9999, sure.score("x", Map.of()));
        assertEquals(0.0001, doubtful.score("x", Map.of()));
    }
}
