package org.rasid.events;

import java.util.List;
import java.util.Set;
import org.rasid.events.RoledActor.Role;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;

/**
 * The attacker named after the verbal noun of an attack: "قصف سابق لقوات النظام", "القصف الصاروخي والجوي
 * المكثف لقوات النظام السوري على المدينة", "الهجوم الكيماوي المشتبه به للنظام السوري على مدينة دوما" (ل marks
 * the attacker's genitive, not a recipient), and "لقصف عنيف من الطائرات الحربية السورية" (من names where the
 * fire came from; not after an outcome, "سقوط قتلى من عناصر النظام" names the dead). Between the noun and the actor stand at most one word of any kind, or only words that
 * qualify an attack (event_words.tsv {@code attack_qualifier}: الجوي، المكثف، العنيف، المشتبه به).
 */
final class AttackerGenitive {
    /** At most this many qualifiers between the attack noun and its attacker. */
    private static final int QUALIFIERS = 3;
    /** من: the place the fire came from, the attacker. */
    private static final Set<String> FROM = Particles.words("attacker_source");

    private AttackerGenitive() {
    }

    /** The attacker of a violent trigger named in its genitive, or null. */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, EventWords words) {
        if (!t.trigger().isViolent()) {
            return null;
        }
        int clause = s.clause[t.tokenStart()];
        for (RoledActor a : actors) {
            if (s.clause[a.token()] != clause || a.token() < t.tokenEnd() || !a.canAct()) {
                continue;
            }
            int gap = a.token() - t.tokenEnd();
            boolean qualified = gap >= 1 && qualifiersOnly(s, t.tokenEnd(), a.token(), words);
            if (a.role() == Role.RECIPIENT && (gap <= 1 || qualified)) {
                return a;
            }
            // a mention read with its ل ("للنظام السوري") keeps no recipient role: the genitive only past
            // qualifiers, since right after the noun ل also names the target ("توجيه ضربة للنظام", "قصفه
            // للمسلحين") and after another noun its owner ("صواريخ مستودعات للجيش")
            if (a.role() == Role.NONE && qualified && s.word(a.token()).startsWith(CliticSplitter.LAM_ARTICLE)) {
                return a;
            }
            boolean from = !t.trigger().isOutcome() && a.role() == Role.NONE && gap >= 1 && FROM.contains(s.word(a.token() - 1));
            if (from && (gap == 1 || qualifiersOnly(s, t.tokenEnd(), a.token() - 1, words))) {
                return a;
            }
        }
        return null;
    }

    private static boolean qualifiersOnly(Sentence s, int from, int to, EventWords words) {
        if (to - from > QUALIFIERS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = s.word(i);
            boolean qualifier = words.is("attack_qualifier", w) || words.is("attack_qualifier", Sentence.withoutAnd(w));
            if (!qualifier) {
                return false;
            }
        }
        return true;
    }
}
