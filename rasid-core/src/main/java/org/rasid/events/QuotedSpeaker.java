package org.rasid.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;

/**
 * Who says the content a statement trigger stands in ("يتحمل المسؤولية", "سترد") or the act of a participle of
 * state ("، محذرا"): the subject of the speech verb (event_cues.tsv report) nearest before the trigger in its
 * clause. Arabic names that subject right after the verb and before the content ("وبشأن إدلب، قال وزير الخارجية
 * التركي إن", VSO) or right before the verb ("البيت الأبيض أعلن", SVO); an actor of a topic or an adverbial put
 * before the verb ("ردا على سؤال حول روسيا، قال"), or one of the content, is no speaker. A verb that names its
 * speaker only by a title pointing back ("وأضاف المسؤول، أن") or by nothing leaves the statement to the story's
 * last speaker (ToldSpeaker). With no speech verb before the trigger, the speaker is the first actor before it.
 */
final class QuotedSpeaker {
    /** particles.tsv {@code act_object}: the preposition a speech verb takes before its content ("أشار إلى أن"). */
    private static final Set<String> OBJECT = Particles.words("act_object");

    private QuotedSpeaker() {
    }

    /**
     * The speaker of t: the subject of its speech verb; when the verb names its speaker only by a title that
     * points back or by nothing ({@link #pointsBack}), the subject of a speech verb before it in the sentence, or
     * none (the story's last speaker, ToldSpeaker); with no speech verb, the first actor before t
     * ({@link SpeechContent#speaker}).
     */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, Predicate<String> place) {
        EventCues.Cue verb = verb(s, t);
        RoledActor subject = verb == null ? null : subject(s, verb, t.tokenStart(), actors, place);
        if (subject != null) {
            return subject;
        }
        if (verb != null && pointsBack(s, verb, t)) {
            // "قالت روسيا إن ... وأضافت أنها سترد": the verb goes on with the subject of the sentence's verb before
            // it; "وأضاف المسؤول، أن روسيا تتحمل المسؤولية": with none, Russia is what is said and the speaker the
            // one the story told before
            for (EventCues.Cue c : s.cues("report")) {
                RoledActor before = c.tokenEnd() <= verb.tokenStart() ? subject(s, c, verb.tokenStart(), actors, place)
                        : null;
                subject = before != null ? before : subject;
            }
            return subject;
        }
        return SpeechContent.speaker(t, actors);
    }

    /**
     * Whether t is told as what its speaker says: the content of a statement (triggers.tsv need said), a
     * participle of state ("، متهما") or an act the speaker tells as its own ("قالت روسيا إنها أرسلت").
     */
    static boolean heard(Sentence s, TriggerMention t) {
        return t.trigger().needs().contains("said") || StatementGate.isParticiple(t) || OwnAct.told(s, t);
    }

    /** The speech verb whose content holds t: the nearest report cue before it in its clause, or null. */
    static EventCues.Cue verb(Sentence s, TriggerMention t) {
        EventCues.Cue verb = null;
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= t.tokenStart() && s.clause[c.tokenStart()] == s.clause[t.tokenStart()]
                    && (verb == null || c.tokenStart() > verb.tokenStart())) {
                verb = c;
            }
        }
        return verb;
    }

    /**
     * Whether a speech verb names its speaker only by a definite title (event_words.tsv speaker_title: "وأضاف
     * المسؤول، أن", "وقالت الوزيرة إن") or by nothing but the preposition of its content ("وأشار إلى أن"): the
     * title points back to the speaker the story named before. Not a citing word ("بحسب المصدر").
     */
    static boolean pointsBack(Sentence s, EventCues.Cue verb, TriggerMention t) {
        int at = verb.tokenStart();
        // "وكانت سفيرة الولايات المتحدة ...، قد قالت إن": a verb inside its clause has its subject before it;
        // "وأضاف", "فقال" open with a conjunction
        boolean opens = at == 0 || s.segment[at - 1] != s.segment[at]
                || CliticSplitter.CONJUNCTIONS.indexOf(s.word(at).charAt(0)) >= 0;
        if (!opens || s.cueStartsAt("source", at)) {
            return false;
        }
        int open = SpeechContent.opener(s, verb.tokenEnd(), t.tokenStart());
        for (int i = verb.tokenEnd(); i < (open < 0 ? t.tokenStart() : open); i++) {
            String w = s.word(i);
            boolean title = s.definite(i) && EventWords.standard().is("speaker_title", w);
            if (w.codePoints().anyMatch(Character::isLetter) && !title && !OBJECT.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of a speech verb: the first actor that can speak between the verb and the opener of its
     * content (or t), else the actor right before the verb that no time phrase holds.
     */
    private static RoledActor subject(Sentence s, EventCues.Cue verb, int to, List<RoledActor> actors,
                                      Predicate<String> place) {
        int open = SpeechContent.opener(s, verb.tokenEnd(), to);
        int end = open < 0 ? to : open;
        int clause = s.clause[verb.tokenStart()];
        RoledActor before = null;
        for (RoledActor a : actors) {
            if (!speaks(a) || s.clause[a.token()] != clause) {
                continue;
            }
            if (a.token() >= verb.tokenEnd() && a.tokenEnd() <= end && !SpeechContent.servesAt(s, a, place)) {
                return a;
            }
            if (a.tokenEnd() <= verb.tokenStart() && verb.tokenStart() - a.tokenEnd() <= 1
                    && !s.cueStartsAt("source", verb.tokenStart()) && !FrontedAdjunct.before(s, a)) {
                before = a;
            }
        }
        return before;
    }

    private static boolean speaks(RoledActor a) {
        return (a.role() == RoledActor.Role.REPORTER || a.role() == RoledActor.Role.NONE) && !a.m().outlet()
                && a.canAct();
    }
}
