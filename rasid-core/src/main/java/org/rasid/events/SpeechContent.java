package org.rasid.events;

import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * What a speaker says as the act itself. Arabic reports a statement as a speech verb, its speaker
 * and the content after إن/أن ("قال ترامب إنه سيتم دفع ثمن باهظ", "أعلن رئيس الوزراء الفرنسي أن
 * حلفاء النظام يتحملون مسؤولية خاصة"), or as a verbal act whose object is the content ("حذرت
 * واشنطن الأسد من عواقب وخيمة"). Triggers that need "said" (triggers.tsv) are such content: a
 * threat or an accusation worded as what will or may happen. They code the speaker's act, so
 * the future, condition or expectation inside the content does not cancel them, and actor1 is
 * the speaker, not the subject of the content.
 */
final class SpeechContent {
    /** The words that open the content of a speech verb (إن/أن with or without a pronoun or ب). */
    private static final Set<String> OPENERS = Particles.words("complementizer");

    private SpeechContent() {
    }

    /**
     * Whether t stands in what someone says: after a speech verb (a report cue, "قال", "أعلن") and
     * an opener of its content (إن/أن), or after another verbal act of the sentence ("حذر ... من").
     */
    static boolean said(Sentence s, TriggerMention t, List<TriggerMention> all) {
        for (TriggerMention v : all) {
            if (v != t && v.trigger().isVerbal() && !v.trigger().needs().contains("said")
                    && v.tokenEnd() <= t.tokenStart()) {
                return true;
            }
        }
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= t.tokenStart() && opened(s, c.tokenEnd(), t.tokenStart())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word opens the content of a speech verb: إن/أن with or without a pronoun or ب. */
    static boolean opens(String word) {
        return OPENERS.contains(word);
    }

    private static boolean opened(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (opens(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker: the first actor of the sentence before the content that is not a target, a
     * victim or the one addressed. Arabic puts the speaker right after the speech verb ("قال
     * الرئيس التركي لنظيره الروسي إن ...") or before it ("البيت الأبيض أعلن"), ahead of the content.
     */
    static RoledActor speaker(TriggerMention t, List<RoledActor> actors) {
        for (RoledActor a : actors) {
            if (a.tokenEnd() > t.tokenStart()) {
                break;
            }
            boolean speaks = a.role() == RoledActor.Role.REPORTER || a.role() == RoledActor.Role.NONE;
            if (speaks && !a.m().outlet() && a.canAct()) {
                return a;
            }
        }
        return null;
    }
}
