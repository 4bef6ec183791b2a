package org.rasid.events;

import java.util.List;
import org.rasid.lexicon.Particles;

/**
 * The side that gave up a place taken: Arabic reports a capture with the loser's withdrawal behind it,
 * "سيطرت القوات التركية … على مدينة عفرين، إثر انسحاب المقاتلين الأكراد منها", "سيطرت قوات النظام على
 * … بعد انسحاب مقاتلي فصيل من المعارضة", or with the loser forced out, "بعد هجوم عنيف أجبروا خلاله
 * قوات النظام على الانسحاب". The side that withdrew held the place and lost it: the capture's second
 * side, which gold names only when the text does (docs/annotation.md). The withdrawal noun is an
 * event_words.tsv {@code withdrawal_noun} word, matched at a word's end (with the article and clitics).
 */
final class Withdrawn {
    private static final String NOUN = "withdrawal_noun";
    /** Words from the capture trigger to the withdrawal ("على بلدة القرقور وتلتها الواقعتين … بعد هجوم"). */
    private static final int REACH = 20;
    /** Unit heads between the noun and the side ("انسحاب مقاتلي فصيل من المعارضة"). */
    private static final int HEAD_GAP = 3;
    /** The preposition of the act one is forced into ("أجبروا قوات النظام على الانسحاب"). */
    private static final String ONTO = Particles.word("forced_onto");

    private Withdrawn() {
    }

    /**
     * The side named as withdrawing after a capture trigger, or null: the first withdrawal noun after the
     * trigger, and the side right after it (its subject) or right before "على" and it (the one forced).
     * Never actor1's side, a supporter, a reporter or civilians.
     */
    static RoledActor of(Sentence s, TriggerMention t, List<RoledActor> actors, String actor1, EventWords words) {
        for (int i = t.tokenEnd(); i < s.tokens.size() && i - t.tokenEnd() <= REACH; i++) {
            if (!words.endsWith(NOUN, s.word(i))) {
                continue;
            }
            for (RoledActor a : actors) {
                if (!a.participant() || !a.canAct() || a.id().equals(actor1)) {
                    continue;
                }
                boolean subject = a.token() > i && a.token() - i <= HEAD_GAP + 1 && headsOnly(s, i + 1, a.token(), words);
                boolean forced = i >= 2 && s.word(i - 1).equals(ONTO) && a.tokenEnd() == i - 1;
                if (subject || forced) {
                    return a;
                }
            }
            return null; // only the withdrawal nearest the capture tells who lost it
        }
        return null;
    }

    private static boolean headsOnly(Sentence s, int from, int to, EventWords words) {
        for (int i = from; i < to; i++) {
            if (!words.is("unit_head", s.word(i))) {
                return false;
            }
        }
        return true;
    }
}
