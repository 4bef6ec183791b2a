package org.rasid.events;

import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * An actor inside a time phrase put before the verb ("وبعد تقرير الوكالة الروسية نفى جيش الإسلام", "عقب
 * إعلان أنقرة"): the genitive after بعد/عقب/إثر/غداة and a noun did the earlier act the phrase names; it is
 * no subject of the verb after the phrase, which Arabic names right after the verb or as the topic opening
 * the clause. Not when the verb is a relative of the phrase's noun ("غداة تصريحات للرئيس هدد فيها"): its
 * pronoun (فيها) points back to the noun, whose genitive then is the verb's subject.
 */
final class FrontedAdjunct {
    /** particles.tsv {@code adjunct_opener}: بعد، عقب، إثر، غداة، قبل … bare or after و/ف. */
    private static final Set<String> OPENERS = Particles.words("adjunct_opener");
    /** particles.tsv {@code resumptive}: فيه، فيها، خلاله … a relative verb's pronoun of its noun. */
    private static final Set<String> RESUMPTIVE = Particles.words("resumptive");
    /** The opener, at most three nouns ("بعد تقرير وكالة الأنباء الروسية"), then the actor. */
    private static final int WORDS = 4;
    /** A resumptive pronoun at most this many words after the actor ("للرئيس الأسد هدد فيها"). */
    private static final int RELATIVE = 2;

    private FrontedAdjunct() {
    }

    /**
     * Whether the actor is the genitive of a time phrase of its comma segment, so no subject of the verb v after
     * it. Only a finite verb (triggers.tsv pos V, written without the article) stands outside the phrase: a verbal
     * noun after the actor ("بعد إعلان الجيش التركي السيطرة", "غداة شن قوات النظام غارات") is the phrase's own act.
     */
    static boolean holds(Sentence s, RoledActor a, TriggerMention v) {
        if (!"V".equals(v.trigger().pos()) || a.tokenEnd() > v.tokenStart() || s.definite(v.tokenStart())) {
            return false;
        }
        return before(s, a);
    }

    /** Whether the actor is the genitive of a time phrase of its comma segment ("بعد إعلان أنقرة"). */
    static boolean before(Sentence s, RoledActor a) {
        int at = a.token();
        for (int i = at - 1; i >= 0 && at - i <= WORDS; i--) {
            if (s.clause[i] != s.clause[at] || s.segment[i] != s.segment[at] || SpeechContent.opens(s.word(i))) {
                return false;
            }
            if (s.bareOrAfterAnd(i, OPENERS)) {
                return i < at - 1 && !relative(s, a); // "بعد روسيا" alone is no phrase of a noun and its genitive
            }
        }
        return false;
    }

    private static boolean relative(Sentence s, RoledActor a) {
        for (int i = a.tokenEnd(); i < Math.min(s.tokens.size(), a.tokenEnd() + RELATIVE); i++) {
            if (RESUMPTIVE.contains(s.word(i))) {
                return true;
            }
        }
        return false;
    }
}
