package org.rasid.events;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rasid.actors.Actor;
import org.rasid.actors.ActorRegistry;

/**
 * The facts about one coded event that {@link ConfidenceScorer} weighs, by name (the names of
 * confidence.tsv, docs/data-formats.md): the trigger's family and priority, the modality, which
 * arguments the sentence itself gave, where the sentence stands in its story, how crowded it is.
 * Yes/no facts are 1 when true and absent otherwise; amounts are scaled to 0..1.
 */
final class ConfidenceFeatures {
    static final String RULE_SCORE = "rule_score";

    private ConfidenceFeatures() {
    }

    /** The facts known before the place is chosen (one event per place of a list shares them). */
    static Map<String, Double> of(Sentence s, Candidate c, int candidates, SentenceSetting at, ActorAssignment who,
                                  Dating when, Toll toll, int places) {
        Map<String, Double> f = new LinkedHashMap<>();
        int sentenceIndex = at.index();
        Trigger t = c.t().trigger();
        f.put("priority", Math.min(t.priority(), 100) / 100.0);
        flag(f, "family=" + t.family(), true);
        flag(f, "modality=" + c.modality().name().toLowerCase(Locale.ROOT), true);
        flag(f, "future_verb", c.t().future());
        flag(f, "actor1", who.actor1() != null);
        flag(f, "actor1_in_sentence", who.a1() != null);
        flag(f, "actor2", who.actor2() != null && !who.presumed2());
        flag(f, "actor2_in_sentence", who.a2() != null);
        // on the dev gold only undated seed files lack a date: calibrate.sh leaves it out of the selection
        flag(f, "date_known", when.date() != null);
        flag(f, "date_in_sentence", when.mention() != null);
        flag(f, "toll_known", toll.fatalities() != null || toll.injured() != null || toll.arrested() != null
                || toll.displaced() != null);
        flag(f, "toll_claimed", !toll.claims().isEmpty());
        flag(f, "lead_sentence", sentenceIndex == 0);
        f.put("sentence_position", Math.min(sentenceIndex, 10) / 10.0);
        f.put("other_candidates", Math.min(candidates - 1, 4) / 4.0);
        flag(f, "siblings", !c.siblings().isEmpty());
        flag(f, "place_list", places > 1);
        // how the sentence tells it: an act inside what someone says or quotes is a claim, not a report
        flag(f, "reported_speech", !c.verbal() && at.reportedSpeech(c.t()));
        flag(f, "quoted", SentenceSetting.quoted(s, c.t()));
        flag(f, "statement_speaker", c.verbal() && who.actor1() != null);
        // which statement and whose: a bare 01 is right less often than a threat (13) or an accusation
        // (11), a rebel group's statement less often than a state's (round 20, dev and fresh batches alike)
        if (c.verbal() && c.cameo() != null) {
            flag(f, "cameo=" + c.cameo().substring(0, Math.min(2, c.cameo().length())), true);
        }
        if (c.verbal() && who.actor1() != null) {
            flag(f, "speaker=" + ActorRegistry.load().byId(who.actor1()).map(Actor::kind).orElse("unknown"), true);
        }
        // an act read from what a speaker says: a speech verb whose content gives a stronger class
        // ("قال جيفري إن هناك دلائل على أن أسلحة كيماوية تحضر": 11) or a claim of a statement
        // ("قالت إن واشنطن سترد"); the speech verb's low priority says nothing of how sure that act is
        flag(f, "speech_act", speechAct(c));
        // a report names acts in most of its sentences; an analysis or a profile in few
        f.put("story_triggered", at.triggeredShare());
        f.put("relative_position", at.sentences() <= 1 ? 0 : at.index() / (double) (at.sentences() - 1));
        return f;
    }

    /**
     * The facts of the chosen place, added to a copy of {@code base}, with the hand-set rule score
     * ({@link ConfidenceScorer#ruleScore}) under "rule_score".
     */
    static Map<String, Double> withPlace(Map<String, Double> base, Arguments.Place p, boolean inSentence,
                                         double ruleScore) {
        Map<String, Double> f = new LinkedHashMap<>(base);
        // where the event is, relative to the war the corpus reports: Syria, abroad, or nowhere named
        String where = p.admin1() == null ? "none" : p.admin1().startsWith("SY") ? "syria" : "abroad";
        flag(f, "place=" + where, true);
        flag(f, "family_place=" + (base.containsKey("family=verbal") ? "verbal_" : "act_") + where, true);
        f.put(RULE_SCORE, ruleScore);
        flag(f, "place_in_sentence", inSentence);
        int precision = inSentence ? p.geoPrecision() : Math.max(p.geoPrecision(), 2);
        flag(f, "geo_precision=" + Math.min(precision, 3), true);
        f.put("place_confidence", p.confidence());
        return f;
    }

    /** Whether a verbal candidate's act comes from what its speaker says, not from a verb of the act. */
    static boolean speechAct(Candidate c) {
        if (!c.verbal()) {
            return false;
        }
        Trigger t = c.t().trigger();
        return SpeechStatement.isSpeech(c.t()) && !t.cameo().equals(c.cameo()) || t.needs().contains("said");
    }

    private static void flag(Map<String, Double> f, String name, boolean on) {
        if (on) {
            f.put(name, 1.0);
        }
    }
}
