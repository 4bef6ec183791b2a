package org.rasid.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.CliticSplitter;

/**
 * The story's incident and the reactions that are about it. Arabic news tells one violent incident in
 * its lead and adds the reactions sentence by sentence, most without the place: "ونفت وزارة الدفاع
 * الأميركية الأمر", "وطالبت الفرقة جبهة النصرة بإطلاق المخطوفين", "انتقد البيت الأبيض ... معبرا عن إدانته
 * الهجوم الصاروخي". The gold places such a reaction at the incident (docs/annotation.md, round-21
 * convention (a)).
 *
 * <p>The incident is where the story first tells a violent act in Syria: its first violent event coded
 * at a town or an area (not a whole governorate), else the first attack it names with a Syrian place
 * ({@link AnsweredAttack#toldPlaces}, "هجوم كيميائي في دوما" told as the premise of the reactions); none
 * when the story tells violent acts in several governorates, or one it does not place ("ضربات على
 * سوريا"): which one a reaction is about is not said.
 *
 * <p>A reaction (CAMEO 01, 04, 09-13) its sentence leaves unplaced, with no venue, is about the incident
 * when its own words name it again, in its clause or after it in its report (a meeting's only after it): an
 * attack or matter noun in any form ("الهجوم", "هجومها", "على هجوم") of the kind the story tells the incident with
 * (not "الضربات" after "هجوم كيميائي في دوما": the strikes that answered it), a word of the incident's aftermath
 * (event_words.tsv {@code incident_reference}: "المخطوفين", "الخطف", "الأسلحة الكيميائية"), the charges
 * or the blame with the article ({@code incident_charge}: "الاتهامات", "المسؤولية"; not "مسؤولية" of
 * another matter named after it, nor the talks), or "الأمر" as the act's object ("نفت الأمر"); not the words of an actor's
 * name ("منظمة حظر الأسلحة الكيميائية"). Run once the story's sentences are coded, before the premise of
 * a story of reactions is dropped ({@link ReactionPremise}): that premise is the incident.
 */
final class StoryIncident {
    /** How far after the act "الأمر" may stand as its object ("نفت وزارة الدفاع الاميركية الامر"). */
    private static final int MATTER_REACH = 6;
    /** The coarsest place that tells one incident: a town or an area, not a governorate. */
    private static final int AREA = 2;
    private static final String SYRIA = "SY";

    private final EventWords words;

    StoryIncident(EventWords words) {
        this.words = words;
    }

    /**
     * Places, in {@code out}, each unplaced reaction about the story's incident at the incident.
     *
     * @param sentenceOf the index in {@code sentences} of each event of {@code out}
     * @param found      the triggers of each sentence
     * @param told       the Syrian places of the attacks the story names, in its order
     */
    void place(List<Event> out, List<Integer> sentenceOf, List<SentenceArguments> sentences,
               List<List<TriggerMention>> found, AnsweredAttack attacks) {
        Arguments.Place incident = incident(out, attacks.toldPlaces());
        if (incident == null) {
            return;
        }
        Set<String> kinds = new HashSet<>();
        attacks.toldStems(incident).forEach(stem -> kinds.add(kind(stem)));
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.acledType() != null || e.admin1() != null || !AnsweredAttack.reaction(e.cameo())) {
                continue;
            }
            int k = sentenceOf.get(i);
            TriggerMention t = trigger(e, found.get(k));
            if (t != null && about(sentences.get(k), t, e.cameo(), kinds)) {
                out.set(i, e.withPlace(incident.locationAr(), incident.placeId(), incident.admin1(), incident.admin2(),
                        incident.latitude(), incident.longitude(), incident.geoPrecision(), e.evidence()));
            }
        }
    }

    /** The story's incident, or null when it tells violent acts in several governorates or none at a town or area. */
    static Arguments.Place incident(List<Event> out, List<Arguments.Place> told) {
        Arguments.Place first = null;
        String admin1 = null;
        for (Event e : out) {
            if (!AcledTaxonomy.isPoliticalViolence(e.acledType()) || e.admin1() != null && !e.admin1().startsWith(SYRIA)) {
                continue;
            }
            if (e.admin1() == null) {
                return null; // "ضربات على سوريا": an act the story does not place may be the one reacted to
            }
            if (admin1 != null && !admin1.equals(e.admin1())) {
                return null;
            }
            admin1 = e.admin1();
            if (first == null && e.geoPrecision() != null && e.geoPrecision() <= AREA) {
                first = new Arguments.Place(null, e.locationAr(), e.placeId(), e.admin1(), e.admin2(), e.latitude(),
                        e.longitude(), e.geoPrecision(), 1.0);
            }
        }
        for (Arguments.Place p : told) {
            if (admin1 != null && !admin1.equals(p.admin1())) {
                return null;
            }
            admin1 = p.admin1();
            if (first == null && p.geoPrecision() <= AREA) {
                first = p;
            }
        }
        return first;
    }

    /** The trigger the event's evidence names first, among the sentence's. */
    private static TriggerMention trigger(Event e, List<TriggerMention> found) {
        for (var part : e.evidence().spans()) {
            if (!Evidence.TRIGGER.equals(part.role())) {
                continue;
            }
            for (TriggerMention t : found) {
                if (t.span().start() == part.start()) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Whether the act's own words name the incident again, in one of the ways the class comment lists. */
    boolean about(SentenceArguments a, TriggerMention t, String cameo, Set<String> kinds) {
        Sentence s = a.sentence();
        int report = s.report[t.tokenStart()];
        // a meeting's words before it tell what it coincided with ("هذه الضربة تزامنت مع عقد مباحثات"), not its matter
        int clause = cameo.startsWith(CameoRoot.MEETING) ? -1 : s.clause[t.tokenStart()];
        boolean[] named = actorWords(a);
        for (int k = 0; k < s.tokens.size(); k++) {
            boolean own = k >= t.tokenEnd() ? s.report[k] == report : k < t.tokenStart() && s.clause[k] == clause;
            if (!own || named[k]) {
                continue;
            }
            for (CliticSplitter.Reading r : s.tokens.get(k).readings(true)) {
                String noun = CliticSplitter.ARTICLE + r.stem();
                if (words.is("attack_reference", noun) && (kinds.isEmpty() || kinds.contains(kind(r.stem())))
                        || words.is("incident_reference", noun)
                        || r.hadArticle() && words.is("incident_charge", noun)
                        || r.hadArticle() && words.is("event_pronoun", noun) && k >= t.tokenEnd()
                        && k - t.tokenEnd() <= MATTER_REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The kind of an attack noun, its first two letters ("هجوم", "هجمات": هج; "ضربة", "ضربات": ضر): "الضربات" after
     * "هجوم كيميائي في دوما" names the strikes that answered it, another act.
     */
    static String kind(String stem) {
        return stem.length() <= 2 ? stem : stem.substring(0, 2);
    }

    /** The words of the sentence's actor mentions: "منظمة حظر الأسلحة الكيميائية" names a body, not the weapons used. */
    private static boolean[] actorWords(SentenceArguments a) {
        Sentence s = a.sentence();
        boolean[] out = new boolean[s.tokens.size()];
        for (org.rasid.actors.ActorMention m : a.actors()) {
            int from = s.tokenOf(m.span());
            if (from < 0) {
                continue;
            }
            for (int k = from; k < s.tokenEndOf(m.span()); k++) {
                out[k] = true;
            }
        }
        return out;
    }
}
