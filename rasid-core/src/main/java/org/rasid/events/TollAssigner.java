package org.rasid.events;

import org.rasid.model.Evidence;
import org.rasid.model.CasualtyClaim;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives an event the tolls of its clause (killed, injured, arrested, displaced) that no nearer
 * trigger of the clause claims, when they fit its class (arrests for arrests, deaths for
 * violence), and a toll of 0 when the clause says nobody was hurt ("دون وقوع إصابات").
 */
final class TollAssigner {
    private TollAssigner() {
    }

    /** The tolls of a trigger's clause that no nearer trigger of the clause claims. */
    static List<Arguments.Count> countsOf(Sentence s, TriggerMention t, List<Candidate> all,
                                          List<Arguments.Count> counts) {
        int clause = s.clause[t.tokenStart()];
        List<Arguments.Count> out = new ArrayList<>();
        for (Arguments.Count k : counts) {
            int tok = s.tokenOf(k.span());
            if (tok < 0 || s.clause[tok] != clause || MotiveClause.inMotive(s, t, tok)) {
                continue; // a toll told inside what the act answers ("ردا على هجوم أسفر عن") is not its own
            }
            // "قصف … أسفر عن مقتل 18 مدنيا، مؤكدا أن معارك تدور": the linked act, not the nearer battle
            TriggerMention linked = linkedAct(s, tok, all);
            if (linked != null) {
                if (linked == t) {
                    out.add(k);
                }
                continue;
            }
            TriggerMention nearest = null;
            int bestDist = Integer.MAX_VALUE;
            for (Candidate c : all) {
                if (s.clause[c.t().tokenStart()] != clause) {
                    continue;
                }
                int d = Math.abs(c.t().tokenStart() - tok);
                boolean violentOrArrest = c.t().trigger().isViolent() || c.t().trigger().isOutcome()
                        || "Arrests".equals(c.sub()) || "Protests".equals(c.type());
                if (violentOrArrest && d < bestDist) {
                    bestDist = d;
                    nearest = c.t();
                }
            }
            if (nearest == null || nearest == t) {
                out.add(k);
            }
        }
        return out;
    }

    /** How many words a toll link may stand before its count ("أسفرت الغارات الجوية على البلدة عن مقتل"). */
    static final int LINK_REACH = 8;

    /**
     * The violent act a toll link before the count of token {@code tok} makes the cause of the toll, or null
     * when no link stands there: the act between the link and the count when the link's verb comes first
     * ("وأسفر القصف عن مقتل"), else the last act before the link, whose verb, relative clause or participle
     * it is ("قصف أسفر عن مقتل", "الغارات والتي تسببت بمقتل", "قصف موقعا قتلى").
     */
    static TriggerMention linkedAct(Sentence s, int tok, List<Candidate> all) {
        int clause = s.clause[tok];
        EventCues.Cue link = null;
        for (EventCues.Cue q : s.cues("toll_link")) {
            if (s.clause[q.tokenStart()] == clause && q.tokenEnd() <= tok && tok - q.tokenEnd() <= LINK_REACH
                    && (link == null || q.tokenStart() > link.tokenStart())) {
                link = q;
            }
        }
        if (link == null) {
            return null;
        }
        TriggerMention between = null;
        TriggerMention before = null;
        for (Candidate c : all) {
            TriggerMention m = c.t();
            int at = m.tokenStart();
            // the casualty word itself ("مقتل", an outcome) is the toll, not its cause
            if (!m.trigger().isViolent() || m.trigger().isOutcome() || s.clause[at] != clause) {
                continue;
            }
            if (at >= link.tokenEnd() && at < tok && (between == null || at > between.tokenStart())) {
                between = m;
            } else if (at < link.tokenStart() && (before == null || at > before.tokenStart())) {
                before = m;
            }
        }
        return between != null ? between : before;
    }

    private static final TimeSpan SPANS = new TimeSpan(EventWords.standard());

    /**
     * The counts that are the day's, not a total over days ({@link TimeSpan#totalOverDays}): "ارتفعت حصيلة
     * القتلى للهجوم المستمر منذ 3 أسابيع إلى 976" gives its number to none of the day's strikes.
     */
    static List<Arguments.Count> daily(Sentence s, List<Arguments.Count> counts) {
        List<Arguments.Count> out = new ArrayList<>();
        for (Arguments.Count k : counts) {
            int tok = s.tokenOf(k.span());
            if (tok < 0 || !SPANS.totalOverDays(s, tok)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * "مقتل أكثر من 350 ألف شخص", "2927 من داعش جراء الغارات": a death toll above this is a running
     * total of a war or a campaign (ACLED's largest single incidents in Syria stay below it), not
     * the toll of one event.
     */
    static final int TOTAL = 1500;
    /** A toll above this joined to a definite trigger ("جراء القصف الحكومي على الغوطة") is a campaign's total. */
    static final int CAMPAIGN_TOTAL = 250;

    /** Whether a violent event's own counts are a total: the event is a summary, not to be coded. */
    static boolean isTotal(Candidate c, List<Arguments.Count> own) {
        if (!c.t().trigger().isViolent() && !c.t().trigger().isOutcome()) {
            return false;
        }
        // "مقتل ما يزيد عن ألف شخص جراء القصف الحكومي": a definite trigger names a campaign the reader knows
        int above = c.t().phrase().startsWith("ال") ? CAMPAIGN_TOTAL : TOTAL;
        for (Arguments.Count k : own) {
            if ("killed".equals(k.role()) && k.count() != null && k.count() > above) {
                return true;
            }
        }
        return false;
    }

    /** The toll of an event of class {@code coding} from its own counts; outlet is the document's. */
    static Toll toll(Sentence s, Candidate c, Coding coding, List<Arguments.Count> own, String docId, String outlet) {
        Trigger tr = c.t().trigger();
        boolean violent = tr.isViolent() || tr.isOutcome();
        Integer[] figures = new Integer[4];
        String text = null;
        List<CasualtyClaim> claims = new ArrayList<>();
        List<Evidence.Part> parts = new ArrayList<>();
        for (Arguments.Count k : own) {
            int slot = slot(k.role());
            if (k.count() == null || !fits(k.role(), violent, coding)) {
                continue;
            }
            if (slot >= 0) {
                figures[slot] = figures[slot] == null ? k.count() : figures[slot] + k.count();
                parts.add(s.part(k.role().equals("killed") ? "fatalities" : k.role(),
                        k.countSpan() != null ? k.countSpan() : k.span()));
            }
            if (slot == 0) {
                text = text == null ? k.text() : text + " + " + k.text();
            }
            claims.add(new CasualtyClaim(docId, outlet, k.role(), k.count(), k.text()));
        }
        if (figures[0] == null && violent && !c.verbal()) {
            int clause = s.clause[c.t().tokenStart()];
            for (EventCues.Cue q : s.cues("no_casualties")) {
                if (s.clause[q.tokenStart()] == clause) {
                    figures[0] = 0;
                    text = s.doc.original().substring(s.original(q.start(), q.end()).start(),
                            s.original(q.start(), q.end()).end());
                    parts.add(s.part("fatalities", s.original(q.start(), q.end())));
                    break;
                }
            }
        }
        return new Toll(figures[0], text, figures[1], figures[2], figures[3], claims, parts);
    }

    private static int slot(String role) {
        return switch (role) {
            case "killed" -> 0;
            case "injured" -> 1;
            case "arrested" -> 2;
            case "displaced" -> 3;
            default -> -1;
        };
    }

    /** Deaths and injuries belong to violence, protests and riots; arrests to arrests. */
    private static boolean fits(String role, boolean violent, Coding coding) {
        return switch (role) {
            case "killed", "injured" -> violent || "Protests".equals(coding.type()) || "Riots".equals(coding.type());
            case "arrested" -> "Arrests".equals(coding.sub()) || "Protest with intervention".equals(coding.sub());
            default -> true;
        };
    }

    static boolean hasVictims(List<Arguments.Count> counts) {
        for (Arguments.Count k : counts) {
            if (("killed".equals(k.role()) || "injured".equals(k.role())) && k.count() != null && k.count() > 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasRole(List<Arguments.Count> counts, String role) {
        for (Arguments.Count k : counts) {
            if (role.equals(k.role())) {
                return true;
            }
        }
        return false;
    }

    /** A toll whose victims are not named as a group. */
    static boolean whoIsNull(List<Arguments.Count> counts) {
        for (Arguments.Count k : counts) {
            if (k.who() == null && k.count() != null && k.count() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Civilians named in the clause, not as unhurt ("دون وقوع إصابات بين المدنيين"). */
    static boolean civiliansIn(Sentence s, int clause) {
        List<EventCues.Cue> none = s.cues("no_casualties");
        for (EventCues.Cue c : s.cues("civilian")) {
            if (s.clause[c.tokenStart()] != clause) {
                continue;
            }
            boolean negated = false;
            for (EventCues.Cue n : none) {
                negated |= c.tokenStart() >= n.tokenStart() && c.tokenStart() - n.tokenEnd() <= 2;
            }
            if (!negated) {
                return true;
            }
        }
        return false;
    }
}
