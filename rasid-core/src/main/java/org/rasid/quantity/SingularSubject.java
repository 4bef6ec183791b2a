package org.rasid.quantity;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.rasid.lexicon.Particles;
import org.rasid.text.Token;

/**
 * A death verb in the singular told after its subject ("وأكدت الوحدات أن المقاتلة آنا كامبل قتلت في
 * قصف تركي", "القيادي الذي قتل جراء الغارة") killed one person: an Arabic verb agrees in number with a
 * subject told before it ("العناصر الذين قتلوا"). Only after the verb may a singular verb have a plural
 * subject ("قتل في الغارة 12 مدنيا"), so the verb must follow a word of its own segment, be followed by
 * what says where or how (في, a stop word of casualty-triggers.tsv: جراء، برصاص، خلال) or by the end of
 * the segment, and no count or victim noun may follow in its clause.
 */
final class SingularSubject {
    /** في after a verb: what follows is where or in what, not who ("قتل في غارة"). */
    private static final Set<String> LOCATIVE = Particles.words("locative_preposition");
    /** How far after the verb a count or victim noun would make it a verb before its subject. */
    private static final int REACH = 8;

    private SingularSubject() {
    }

    /**
     * Whether the verb at tokens [start, end) killed one.
     *
     * @param punctBefore whether punctuation comes right before a token
     * @param stop        whether a casualty stop word starts at a token
     * @param victims     whether a count or a victim noun starts at a token
     */
    static boolean killedOne(List<Token> t, int start, int end, IntPredicate punctBefore, IntPredicate stop,
                             IntPredicate victims) {
        if (start == 0 || punctBefore.test(start)) {
            return false; // no subject before it in its segment
        }
        if (end < t.size() && !punctBefore.test(end) && !LOCATIVE.contains(t.get(end).text()) && !stop.test(end)) {
            return false; // an object or a subject after it ("قتل الجيش العشرات")
        }
        for (int x = end; x < Math.min(t.size(), end + REACH) && (x == end || !punctBefore.test(x)); x++) {
            if (victims.test(x)) {
                return false;
            }
        }
        return true;
    }
}
