package org.rasid.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;

/**
 * Retypes an event once its arguments are known, by the trigger's alternatives (triggers.tsv
 * column alt): violence against protesters is excessive force, a handover under a deal is an
 * agreement, a capture that followed from a deal a transfer, strikes on armed men or on civilians, acts
 * of the government. The CAMEO root of
 * the new sub-type comes from subtype_cameo.tsv.
 */
final class SubTypeRefiner {
    public static final String FILE = "subtype_cameo.tsv";
    private static final String AGREEMENT = "Agreement";
    private static final String DISRUPTED = "Disrupted weapons use";
    private static final String ARMED_TARGET = "armed_target";
    /** A capture that followed from a deal (SettledCapture) is a transfer of territory. */
    private static final String SETTLED = "settled";
    /** Words a subject may stand after its verb ("أسقطت الدفاعات الجوية", "تصدت يوم السبت الدفاعات"). */
    private static final int AFTER_VERB = 3;
    private static final String SHELLING = "Shelling/artillery/missile attack";
    private static final String AIR = "Air/drone strike";

    /** Bodies whose staff go unarmed (event_words.tsv unarmed_body): fire on them is fire on civilians. */
    private static final java.util.Set<String> UNARMED = EventWords.standard().of("unarmed_body");

    private final Arguments args;
    private final Map<String, String> cameoOf;
    private final AerialMeans aerial = new AerialMeans(EventWords.standard());

    SubTypeRefiner(Arguments args) {
        this(args, FILE);
    }

    SubTypeRefiner(Arguments args, String file) {
        this.args = args;
        this.cameoOf = new HashMap<>();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            cameoOf.put(row.get("sub_type"), row.get("cameo"));
        }
    }

    /** The coding of a non-verbal candidate given its actors; the trigger's own when nothing applies. */
    Coding refine(Sentence s, Candidate c, ActorAssignment actors) {
        return refine(s, c, actors, List.of());
    }

    /** The same, also reading the tolls of the candidate's clause (who was killed). */
    Coding refine(Sentence s, Candidate c, ActorAssignment actors, List<Arguments.Count> tolls) {
        Coding own = new Coding(c.type(), c.sub(), c.cameo());
        if (c.verbal()) {
            return own;
        }
        String[] re = retype(s, c, actors.actor1(), actors.actor2(), actors.assoc1());
        if (re == null && c.t().trigger().isOutcome() && c.t().trigger().alt().containsKey(ARMED_TARGET)
                && (actors.actor2() == null || unarmed(actors.actor2())) && ArmedVictims.only(s, tolls, args)) {
            // "أعلنت أنقرة مقتل 8 من جنودها": a death told with no cause is a clash when the dead were armed
            re = c.t().trigger().alt().get(ARMED_TARGET);
        }
        if (re == null && SHELLING.equals(c.sub()) && aerial.aerial(s, c.t())) {
            // "سلاح الجو السوري قصف مناطق في الزبداني": the means named make the shelling an air strike
            re = new String[] {c.type(), AIR};
        }
        return re == null ? own : new Coding(re[0], re[1], cameoOf.getOrDefault(re[1], c.cameo()));
    }

    private boolean unarmed(String actor) {
        int inter = args.inter(actor);
        return inter == 0 || inter == 6 || inter == 7 || "CIVILIANS".equals(actor);
    }

    private String[] retype(Sentence s, Candidate c, String actor1, String actor2, List<String> assoc) {
        int clause = s.clause[c.t().tokenStart()];
        Map<String, String[]> alt = c.t().trigger().alt();
        if (inClause(s, "protest_ctx", clause) && (c.t().trigger().isViolent() || c.t().trigger().isOutcome())
                && ("Violence against civilians".equals(c.type()) || "Battles".equals(c.type()))) {
            return new String[] {"Protests", "Excessive force against protesters"};
        }
        if (c.t().trigger().isViolent() && airDefence(s, c.t(), clause)) {
            // "الدفاعات الجوية تصدت لهدف معاد", "أسقطت الدفاعات الجوية 45 طائرة مسيرة": fire is met, not exchanged
            return new String[] {"Strategic developments", DISRUPTED};
        }
        boolean agreementFrame = inClause(s, "agreement_frame", clause);
        if (alt.containsKey("agreement_frame") && agreementFrame) {
            return alt.get("agreement_frame");
        }
        if ("Non-violent transfer of territory".equals(c.sub()) && agreementFrame) {
            return new String[] {"Strategic developments", AGREEMENT};
        }
        if (alt.containsKey("violent") && inClause(s, "violent", clause)) {
            return alt.get("violent");
        }
        if (alt.containsKey(SETTLED) && SettledCapture.told(s, c.t(), EventWords.standard())) {
            return alt.get(SETTLED);
        }
        if (alt.containsKey("gov_actor") && ("SYR_GOV".equals(actor1) || assoc.contains("SYR_GOV"))) {
            return alt.get("gov_actor");
        }
        if (actor2 != null) {
            int inter = args.inter(actor2);
            boolean unarmedBody = UNARMED.contains(ArabicNormalizer.normalizeTerm(actor2));
            if (alt.containsKey("civilian_target") && (inter == 7 || "CIVILIANS".equals(actor2) || unarmedBody)) {
                return alt.get("civilian_target");
            }
            if (alt.containsKey(ARMED_TARGET) && inter != 7 && inter != 6 && inter != 0
                    && !"CIVILIANS".equals(actor2) && !unarmedBody) {
                return alt.get(ARMED_TARGET);
            }
        }
        return null;
    }

    /**
     * Air defences as the subject of the trigger's clause: before the trigger, or right after a verb
     * ("تصدت الدفاعات الجوية"); not the object of a strike ("استهدفت … مواقع الدفاع الجوي").
     */
    private static boolean airDefence(Sentence s, TriggerMention t, int clause) {
        for (EventCues.Cue q : s.cues("air_defence")) {
            boolean subject = q.tokenEnd() <= t.tokenStart()
                    || q.tokenStart() >= t.tokenEnd() && q.tokenStart() - t.tokenEnd() <= AFTER_VERB;
            if (s.clause[q.tokenStart()] == clause && subject && !targetBefore(s, q.tokenStart())) {
                return true;
            }
        }
        return false;
    }

    private static boolean targetBefore(Sentence s, int token) {
        return s.cueEndsAt("target", token);
    }

    private static boolean inClause(Sentence s, String cueKind, int clause) {
        for (EventCues.Cue q : s.cues(cueKind)) {
            if (s.clause[q.tokenStart()] == clause) {
                return true;
            }
        }
        return false;
    }
}
