package org.rasid.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.actors.ActorMention;
import org.rasid.text.CliticSplitter;

/**
 * Chooses the triggers of a sentence that code events: not inside a name, with their required
 * words, reported as having occurred (or, for violence announced by a named actor, as a
 * threat), and one per family and clause. Modality and presupposition are decided here.
 */
final class TriggerSelector {
    /** Words between a recalled event and a date told with it ("تعرضت في السابع من الشهر الحالي لهجوم"). */
    private static final int OWN_DATE_REACH = 8;
    /** The trigger family of agreements, and the retyping of what is handed over under one. */
    private static final String AGREEMENT = "agreement";
    private static final String AGREEMENT_FRAME = "agreement_frame";
    /** Captures, and the family they collapse in with violence. */
    private static final String TERRITORY = "territory";
    private static final String VIOLENCE = "violence";
    private static final String TRANSFER = "Non-violent transfer of territory";
    /** Fighting between two sides (اشتباكات، معارك، مواجهات): its triggers have this frame. */
    private static final String SYMMETRIC = "symmetric";
    private static final String REMOTE = "Explosions/Remote violence";
    private static final String BATTLES = "Battles";

    private static final EventWords WORDS = EventWords.standard();

    private final ModalityClassifier modality;

    TriggerSelector(ModalityClassifier modality) {
        this.modality = modality;
    }

    /** The candidates of a sentence, in text order of their clause and family. */
    List<Candidate> select(SentenceArguments a, List<TriggerMention> found) {
        Sentence s = a.sentence();
        List<TriggerMention> triggers = new ArrayList<>();
        for (TriggerMention t : found) {
            // "حملوا السلاح" lacks the المسؤولية that makes حمل a blame, "للدعوة" the verb that makes دعوة
            // an appeal made: no trigger, not even as a verbal act whose content would follow
            boolean required = satisfiesAfter(s, t) && (!t.trigger().isVerbal() || satisfiesBefore(s, t))
                    && !(t.trigger().needs().contains("no_captive") && FreedCaptive.follows(s, t, WORDS))
                    && !(t.trigger().needs().contains("armed_passage") && UnarmedPassage.follows(s, t, WORDS))
                    && !(t.trigger().needs().contains("armed_passage") && BarredPassage.precedes(s, t, WORDS));
            if (!insideName(t, a.actors(), a.places()) && required) {
                triggers.add(t);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (TriggerMention t : triggers) {
            Modality m = modality.classify(s, t, triggers);
            if (m == Modality.OCCURRED && presupposed(s, t, a.counts()) && t.trigger().before().isEmpty()) {
                // a trigger that needs its verb before it ("دخلت الهدنة التي أعلنتها روسيا حيز التنفيذ") is reported
                // "التظاهرات التي رفضتها": known to the reader, coded only with its own date
                m = Modality.BACKGROUND;
            }
            if (!satisfiesBefore(s, t) || StruckDeployment.hit(s, t, triggers, WORDS)) {
                // "هاجموا رتلا لقوات النظام": the convoy is what the attack hit, no deployment
                continue;
            }
            Trigger tr = t.trigger();
            if (tr.needs().contains("said")) {
                if (!SpeechContent.said(s, t, triggers)) {
                    continue;
                }
                // "سيتم دفع ثمن باهظ", "إذا أبرم اتفاقا ... سيواجه عواقب": the content's future is the threat
                m = m == Modality.FUTURE || m == Modality.CONDITIONAL || m == Modality.EXPECTED ? Modality.OCCURRED : m;
            } else if (m == Modality.FUTURE && OwnAct.told(s, t)) {
                m = Modality.OCCURRED; // "أعلنت أنها سترسل فريق تحقيق": the speaker's own act, announced
            }
            boolean occurred = (m == Modality.OCCURRED || m == Modality.BACKGROUND) && !tr.needs().contains("future");
            if (occurred) {
                candidates.add(new Candidate(t, m, tr.acledType(), tr.acledSubType(), tr.cameo(), tr.quadClass()));
            } else if (m == Modality.FUTURE && tr.isViolent() && !tr.isOutcome()) {
                // "ستشن": a threat
                candidates.add(new Candidate(t, m, null, null, CameoRoot.THREAT, 3));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : collapse(s, candidates, triggers, a.places())) {
            // after the collapse, so that a recalled event takes the weaker words of its clause with it
            if (c.modality() != Modality.BACKGROUND || c.verbal() || datedWithIt(s, c.t(), a.dates())) {
                out.add(c);
            }
        }
        return out;
    }

    /** As below, for a sentence without places. */
    static List<Candidate> collapse(Sentence s, List<Candidate> in, List<TriggerMention> all) {
        return collapse(s, in, all, List.of());
    }

    /**
     * One event per family and clause (the highest priority wins); outcomes only when alone; what is
     * handed over under an agreement told in the same clause belongs to the agreement's family, and a
     * withdrawal told with a capture to the capture. Violent acts told in conjuncts of their own, each
     * at its own place, are one event per conjunct ({@link ParallelConjuncts}).
     */
    static List<Candidate> collapse(Sentence s, List<Candidate> in, List<TriggerMention> all,
                                    List<Arguments.Place> places) {
        boolean explained = false;
        for (TriggerMention t : all) {
            if (!t.trigger().isOutcome() && t.trigger().isViolent()) {
                // "غارات … أدت لاستشهاد": the toll belongs to the strikes, told or not
                explained = true;
            }
        }
        Map<String, Candidate> best = new HashMap<>();
        List<String> order = new ArrayList<>();
        List<Integer> agreed = new ArrayList<>();
        List<Integer> captured = new ArrayList<>();
        for (Candidate c : in) {
            if (AGREEMENT.equals(c.t().trigger().family())) {
                agreed.add(s.clause[c.t().tokenStart()]);
            }
            if (TERRITORY.equals(c.t().trigger().family())) {
                captured.add(s.clause[c.t().tokenStart()]);
            }
        }
        Map<Candidate, String> families = new IdentityHashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : in) {
            Trigger t = c.t().trigger();
            if (t.isOutcome() && explained) {
                continue;
            }
            String family = c.type() == null ? "verbal" + c.cameo()
                    : t.isViolent() || TERRITORY.equals(t.family()) || t.isOutcome() && CameoRoot.ASSAULT.equals(t.cameo())
                    ? VIOLENCE : t.family();
            if (t.alt().containsKey(AGREEMENT_FRAME) && agreed.contains(s.clause[c.t().tokenStart()])) {
                // "التوصل إلى اتفاقات لإخراج الإرهابيين … بعد تسليم أسلحتهم": the terms of the agreement told with it
                family = AGREEMENT;
            }
            if (TRANSFER.equals(c.sub()) && captured.contains(s.clause[c.t().tokenStart()])) {
                // "سيطرت القوات التركية على مدينة عفرين إثر انسحاب المقاتلين الأكراد منها": one capture
                family = VIOLENCE;
            }
            if (clashWithStrike(s, c, in)) {
                family = VIOLENCE + SYMMETRIC;
            }
            families.put(c, family);
            kept.add(c);
        }
        List<Candidate> acts = new ArrayList<>();
        for (Candidate c : kept) {
            if (VIOLENCE.equals(families.get(c)) && !c.verbal()) {
                acts.add(c);
            }
        }
        ParallelConjuncts conjuncts = ParallelConjuncts.of(s, acts, places);
        for (Candidate c : kept) {
            Trigger t = c.t().trigger();
            String key = s.clause[c.t().tokenStart()] + "|" + families.get(c) + "|" + conjuncts.index(c);
            Candidate prev = best.get(key);
            if (prev == null) {
                order.add(key);
                best.put(key, c);
            } else if (t.priority() > prev.t().trigger().priority()) {
                c.siblings().add(prev.t());
                c.siblings().addAll(prev.siblings());
                best.put(key, c);
            } else {
                prev.siblings().add(c.t());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String k : order) {
            out.add(conjuncts.limit(best.get(k)));
        }
        return out;
    }

    /**
     * "اشتباكات عنيفة ترافقت مع قصف جوي", "اندلعت اشتباكات وتبادل للقصف المدفعي", "استهدفوا مواقع
     * النظام بالقذائف لتدور بعدها اشتباكات", "قصفت القوات البلدة وسط اشتباكات": fighting between two
     * sides told with fire from afar in one clause reports two events of two classes (a clash and a
     * strike), whichever is told first. Only an indefinite clash, as a new event is introduced: a
     * definite one is where the strike fell ("قصف على منطقة الاشتباكات") or the fighting the reader
     * knows ("وتأتي هذه المعارك غداة …", "مع احتدام المعارك"), unless a word of its course tells it on
     * ("إن الاشتباكات العنيفة استمرت مساء الثلاثاء … وسط غارات جوية": FightCourse).
     */
    private static boolean clashWithStrike(Sentence s, Candidate clash, List<Candidate> in) {
        if (!BATTLES.equals(clash.type()) || !SYMMETRIC.equals(clash.t().trigger().frame())
                || ModalityClassifier.definite(s, clash.t()) && !FightCourse.told(s, clash.t(), WORDS)) {
            return false;
        }
        int clause = s.clause[clash.t().tokenStart()];
        for (Candidate c : in) {
            if (REMOTE.equals(c.type()) && s.clause[c.t().tokenStart()] == clause) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the X which …": a definite noun trigger followed by a relative clause refers to an event the
     * reader knows; unless a toll is reported with it, it is background.
     */
    static boolean presupposed(Sentence s, TriggerMention t, List<Arguments.Count> counts) {
        if (t.trigger().isVerbal() || !t.phrase().startsWith(CliticSplitter.ARTICLE) || t.tokenEnd() >= s.tokens.size()
                || !s.isRelative(t.tokenEnd())) {
            return false;
        }
        for (Arguments.Count k : counts) {
            int tok = s.tokenOf(k.span());
            if (tok >= 0 && s.clause[tok] == s.clause[t.tokenStart()] && k.count() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A recalled event has a date of its own only when the date is told with it: in its clause, a few
     * words away ("التي تعرضت في السابع من الشهر الحالي لهجوم"). A date further off dates the news
     * that recalls it ("ويأتي هذا الهجوم بعيد حديث ماكرون مع ترامب مساء الأحد").
     */
    static boolean datedWithIt(Sentence s, TriggerMention t, List<Arguments.Date> dates) {
        for (Arguments.Date d : dates) {
            int tok = s.tokenOf(d.span());
            int away = tok < t.tokenStart() ? t.tokenStart() - tok : tok - t.tokenEnd();
            if (tok >= 0 && s.clause[tok] == s.clause[t.tokenStart()] && away <= OWN_DATE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** "توصلت … إلى اتفاق": one of the trigger's required words earlier in its clause. */
    static boolean satisfiesBefore(Sentence s, TriggerMention t) {
        List<String> before = t.trigger().before();
        if (before.isEmpty()) {
            return true;
        }
        int clause = s.clause[t.tokenStart()];
        for (int i = t.tokenStart() - 1; i >= 0 && s.clause[i] == clause && t.tokenStart() - i <= 10; i--) {
            for (CliticSplitter.Reading r : s.tokens.get(i).readings(true)) {
                if (before.contains(r.stem())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "حملت … النظام المسؤولية": one of the trigger's required words later in its clause, at most
     * {@link #AFTER_REACH} words on. An aside between two commas does not count: the speaker's name in
     * apposition or the day ("حمل السفير الروسي لدى واشنطن، أناتولي أنتونوف، الولايات المتحدة وفرنسا
     * وبريطانيا مسؤولية") stands between the verb and its object without making them further apart.
     */
    static boolean satisfiesAfter(Sentence s, TriggerMention t) {
        List<String> after = t.trigger().after();
        int clause = s.clause[t.tokenStart()];
        int own = s.segment[t.tokenStart()];
        int counted = 0;
        for (int i = t.tokenEnd(); i < s.tokens.size() && s.clause[i] == clause && counted < AFTER_REACH
                && !after.isEmpty(); i++) {
            for (CliticSplitter.Reading r : s.tokens.get(i).readings(true)) {
                if (after.contains(r.stem())) {
                    return true;
                }
            }
            if (!aside(s, i, own)) {
                counted++;
            }
        }
        return after.isEmpty();
    }

    /** How many words after a trigger its required word may stand, asides not counted. */
    private static final int AFTER_REACH = 10;
    /** The most words of an aside between two commas ("، أناتولي أنتونوف،", "، الاثنين،"). */
    private static final int ASIDE = 4;

    /**
     * Whether word i lies in an aside: a stretch other than the trigger's own, at most {@link #ASIDE} words,
     * that a comma closes before its clause goes on.
     */
    private static boolean aside(Sentence s, int i, int own) {
        int seg = s.segment[i];
        if (seg == own) {
            return false;
        }
        int first = i;
        while (first > 0 && s.segment[first - 1] == seg) {
            first--;
        }
        int last = i;
        while (last + 1 < s.tokens.size() && s.segment[last + 1] == seg) {
            last++;
        }
        return last + 1 < s.tokens.size() && s.clause[last + 1] == s.clause[i] && last - first + 1 <= ASIDE;
    }

    static boolean insideName(TriggerMention t, List<ActorMention> actors, List<Arguments.Place> places) {
        for (ActorMention a : actors) {
            if (a.span().start() <= t.span().start() && t.span().end() <= a.span().end()) {
                return true;
            }
        }
        for (Arguments.Place p : places) {
            if (p.span().start() <= t.span().start() && t.span().end() <= p.span().end()) {
                return true;
            }
        }
        return false;
    }
}
