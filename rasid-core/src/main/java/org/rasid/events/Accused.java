package org.rasid.events;

import java.util.List;
import org.rasid.text.CliticSplitter;

/**
 * The accused of a charge: an act told after a noun of accusation and the ب of its charge ("بعد اتهام سوريا
 * لإسرائيل بتنفيذ هجوم صاروخي", "إثر اتهامها بقصف المدينة", "عقب اتهام النظام بشن هجوم") is charged to the
 * one accused, who is named between the noun and the charge (with ل, or as the noun's genitive), or by the
 * noun's pronoun (a side told before, not found here). The accuser and the sentence's subject never did it.
 */
final class Accused {
    /** How far before the trigger the charge's ب may stand ("بالمشاركة في القصف"). */
    private static final int CHARGE = 2;
    /** How far before the charge the noun of accusation may stand ("اتهام روسيا للقوات الجوية الإسرائيلية بشن"). */
    private static final int NOUN = 7;
    private static final String BI = CliticSplitter.BA;

    private Accused() {
    }

    /**
     * The noun of accusation whose charge holds the trigger, or -1: an event_words.tsv {@code accusation_noun}
     * or {@code accusation_pronoun} of the trigger's clause, then a word opening with ب at most two words
     * before the trigger (or the trigger's own first word).
     */
    static int noun(Sentence s, TriggerMention t, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        for (int p = t.tokenStart(); p >= Math.max(0, t.tokenStart() - CHARGE); p--) {
            if (s.clause[p] != clause || !s.word(p).startsWith(BI)) {
                continue;
            }
            for (int q = p - 1; q >= Math.max(0, p - NOUN) && s.clause[q] == clause; q--) {
                if (accusation(s, q, words)) {
                    return q;
                }
            }
        }
        return -1;
    }

    /** The side charged: the last actor between the noun and the charge, or null (a pronoun, or none named). */
    static RoledActor of(Sentence s, TriggerMention t, int noun, List<RoledActor> actors) {
        RoledActor accused = null;
        for (RoledActor a : actors) {
            if (a.token() > noun && a.tokenEnd() <= t.tokenStart() && !s.word(a.token()).startsWith(BI)
                    && a.participant() && a.canAct()) {
                accused = a;
            }
        }
        return accused;
    }

    private static boolean accusation(Sentence s, int i, EventWords words) {
        return s.bareOrAfterAnd(i, words.of("accusation_noun")) || words.is("accusation_noun", s.word(i))
                || words.is("accusation_pronoun", s.word(i)) || words.is("accusation_pronoun", Sentence.withoutAnd(s.word(i)));
    }
}
