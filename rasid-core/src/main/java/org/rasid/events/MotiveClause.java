package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * "قصفت الفصائل بلدتي كفريا والفوعة، ردا على هجوم النظام على الزبداني": the places of a motive
 * clause (event_cues.tsv {@code motive}) that follows the trigger name what the act answers, not
 * where it happened. A reply word ({@code motive_open}, "ردا") opens one
 * also when a few words stand before its link ({@code motive_link}, "على"): "ردا، بحسب قولها، على",
 * "ردا منها على", "ردا فيما يبدو على"; the clause is then the link's. A trigger inside the motive
 * clause keeps them.
 */
final class MotiveClause {
    /** How many words may stand between a reply word and its "على". */
    private static final int LINK_GAP = 4;

    private MotiveClause() {
    }

    /** One motive: the word where what is answered starts, and its clause. */
    private record Motive(int start, int from, int clause) {
    }

    /** The places not inside a motive clause opened after the trigger, in its sentence. */
    static List<Arguments.Place> outside(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        return outside(s, t, places, p -> s.tokenOf(p.span()));
    }

    private static <T> List<T> outside(Sentence s, TriggerMention t, List<T> items, ToIntFunction<T> token) {
        List<Motive> motives = motives(s, t);
        if (motives.isEmpty()) {
            return items;
        }
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (!answered(s, motives, token.applyAsInt(item))) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Whether token {@code tok} lies in a motive clause opened after the trigger: "ضربات ضد سوريا، ردا على
     * هجوم … أسفر عن مقتل العشرات" — the toll there is the answered attack's, not the strikes'.
     */
    static boolean inMotive(Sentence s, TriggerMention t, int tok) {
        List<Motive> motives = motives(s, t);
        return !motives.isEmpty() && answered(s, motives, tok);
    }

    /** The motives opened after the trigger. */
    private static List<Motive> motives(Sentence s, TriggerMention t) {
        List<Motive> out = new ArrayList<>();
        for (EventCues.Cue m : s.cues("motive")) {
            if (m.tokenStart() >= t.tokenEnd()) {
                out.add(new Motive(m.tokenStart(), m.tokenEnd(), s.clause[m.tokenStart()]));
            }
        }
        List<EventCues.Cue> links = s.cues("motive_link");
        for (EventCues.Cue m : s.cues("motive_open")) {
            if (m.tokenStart() < t.tokenEnd()) {
                continue;
            }
            for (EventCues.Cue l : links) {
                if (l.tokenStart() >= m.tokenEnd() && l.tokenStart() - m.tokenEnd() <= LINK_GAP) {
                    out.add(new Motive(m.tokenStart(), l.tokenEnd(), s.clause[l.tokenStart()]));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean answered(Sentence s, List<Motive> motives, int tok) {
        if (tok < 0) {
            return false;
        }
        for (Motive m : motives) {
            // the motive runs to the end of its clause ("…، فيما قتل 5 في X" is news again)
            if (tok >= m.from() && s.clause[tok] == m.clause()) {
                return true;
            }
        }
        return false;
    }
}
