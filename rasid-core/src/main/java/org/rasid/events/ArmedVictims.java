package org.rasid.events;

import java.util.List;
import org.rasid.lexicon.Particles;

/**
 * Whether the people killed or wounded in a clause were armed men: a group with an armed inter
 * code ("3 عناصر من قوات النظام قتلوا"), or a noun of fighters, soldiers, officers or police
 * ("مقتل 8 من جنودها", event_cues.tsv kind combatant) with no civilian named beside it. ACLED codes
 * a killing of armed men as a clash, not as violence against civilians, and does not call them
 * civilians. "Others" take the kind of the victims named before them ("مقتل 3 جنود وإصابة 5 آخرين": the
 * wounded are soldiers too).
 */
final class ArmedVictims {
    private static final String COMBATANT = "combatant";
    private static final String CIVILIAN = "civilian";
    /** ACLED inter codes of unarmed people: protesters 6, civilians 7; 0 for an unknown id. */
    private static final int UNKNOWN = 0;
    private static final int PROTESTERS = 6;
    private static final int CIVILIANS = 7;
    /** The stem of آخر/آخرين (particles.tsv others). */
    private static final String OTHERS = Particles.word("others");

    private ArmedVictims() {
    }

    /** True when the clause's tolls name victims and every one of them names armed men. */
    static boolean only(Sentence s, List<Arguments.Count> counts, Arguments args) {
        boolean any = false;
        for (Arguments.Count k : counts) {
            if (!"killed".equals(k.role()) && !"injured".equals(k.role())) {
                continue;
            }
            // "وإصابة 5 آخرين" after armed victims: more of the same men, no noun of their own to read
            if (!armed(s, k, args) && !(any && others(s, k))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean armed(Sentence s, Arguments.Count k, Arguments args) {
        if (k.who() != null) {
            int inter = args.inter(k.who());
            return inter != UNKNOWN && inter != PROTESTERS && inter != CIVILIANS;
        }
        int from = s.tokenOf(k.span());
        int to = s.tokenOf(s.doc.fromOriginal(Math.max(k.span().start(), k.span().end() - 1)));
        if (from < 0 || to < 0) {
            return false;
        }
        return within(s, COMBATANT, from, to) && !within(s, CIVILIAN, from, to);
    }

    /** A count of "others" with no side of its own ("13 آخرين"); not "مدنيان آخران", which names its own. */
    private static boolean others(Sentence s, Arguments.Count k) {
        if (k.who() != null) {
            return false;
        }
        int from = s.tokenOf(k.span());
        int to = s.tokenOf(s.doc.fromOriginal(Math.max(k.span().start(), k.span().end() - 1)));
        if (from < 0 || to < 0) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (s.tokens.get(i).text().contains(OTHERS)) {
                return !within(s, CIVILIAN, from, to);
            }
        }
        return false;
    }

    private static boolean within(Sentence s, String kind, int from, int to) {
        for (EventCues.Cue c : s.cues(kind)) {
            if (c.tokenStart() >= from && c.tokenStart() <= to) {
                return true;
            }
        }
        return false;
    }
}
