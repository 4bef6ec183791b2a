package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.events.RoledActor.Role;

/**
 * Picks actor1 (who acts) and actor2 (who is hit, or the other side) of an event from the role tagged actors of
 * its sentence: an explicit agent, else subject-verb or verb-subject order, else the nearest subject; the two sides
 * of a clash or agreement ("بين X و Y"); civilians as the target of violence with unnamed victims.
 */
final class ActorAssigner {
    /** Families whose second side is named only as such (a deployment, a build-up, a handover). */
    private static final Set<String> ONE_SIDED = Set.of("base", "other", "change", "agreement", "looting");
    /** The family of a downed aircraft or a defused bomb: the owner of the means was the one hit. */
    private static final String DOWNED = "disrupted";
    /** A capture fought for ("سيطر … بعد مواجهات مع") is no attack trigger but has a second side too. */
    private static final String BATTLES = "Battles";
    /** The family of a capture, whose loser the text may name by its withdrawal (Withdrawn). */
    private static final String CAPTURE = "territory";
    private static final String AGREEMENT = "agreement";
    private static final String AGREEMENT_SUB = "Agreement";
    /** "قصف متبادل بين", "للقصف المدفعي بين": بين right after a strike noun names both sides of it. */
    private static final int MUTUAL_GAP = 2;
    /**
     * How many words (the owner's adjective, "في ريفها") may stand between the object a strike verb names and the
     * means the trigger is; further on the means may be another act's ("… مقر قوات سوريا الديموقراطية في منطقة دير
     * الزور نفسها، ورد عليه التحالف بضربة جوية").
     */
    private static final int MEANS_GAP = 3;

    private final Arguments args;
    private final EventWords words;
    private final AttackedSite sites;

    ActorAssigner(Arguments args, EventWords words) {
        this.args = args;
        this.words = words;
        this.sites = new AttackedSite(words);
    }

    /** Whether an actor's words name a land or a city ("لبنان", "دمشق"), not a body. */
    private boolean place(String words) {
        return args.placeNamed(words).isPresent();
    }

    /** The actors of a candidate, or null when the trigger needs an actor the sentence lacks. */
    ActorAssignment assign(Sentence s, Candidate c, List<RoledActor> actors, List<Arguments.Count> own) {
        return assign(s, c, actors, own, false);
    }

    /**
     * The actors of a candidate; {@code striker} the story tells its striker before (ToldStrike), so the
     * sentence need not name it.
     */
    ActorAssignment assign(Sentence s, Candidate c, List<RoledActor> actors, List<Arguments.Count> own,
                           boolean striker) {
        TriggerMention t = c.t();
        Trigger tr = t.trigger();
        int clause = s.clause[t.tokenStart()];
        RoledActor a1;
        RoledActor a2;
        List<RoledActor> partners = List.of();
        RoledActor[] pair = "symmetric".equals(tr.frame()) && !CameoRoot.THREAT.equals(c.cameo()) || mutual(s, c, actors)
                ? parties(s, t, actors) : null;
        if (pair != null) {
            a1 = pair[0];
            a2 = pair[1];
        } else {
            // the content of a statement and a participle of state ("، متهما") are the speaker's acts
            // and so is an act the speaker tells as its own ("قالت روسيا إنها أرسلت وفودا")
            a1 = QuotedSpeaker.heard(s, t)
                    ? QuotedSpeaker.of(s, t, actors, this::place)
                    : tr.needs().contains("speech") ? SpeechContent.speakerOf(s, t, actors, this::place)
                    : actor1(s, t, actors);
            // "حذر وزير خارجية تركيا"
            a1 = a1 == null && tr.isVerbal() ? SpeechContent.titledSpeaker(s, t, actors, this::place) : a1;
            for (TriggerMention sib : c.siblings()) {
                boolean weak = a1 == null
                        || a1.role() != Role.AGENT && s.segment[a1.token()] != s.segment[t.tokenStart()];
                RoledActor viaSibling = weak ? subjectAfter(s, sib, actors) : null;
                if (weak && viaSibling == null && a1 == null) {
                    viaSibling = AttackerGenitive.of(s, sib, actors, words); // "قضوا في قصف سابق لقوات النظام"
                }
                if (viaSibling != null) {
                    // "غاز الكلور بقصف النظام": the shelling word names who did it
                    a1 = viaSibling;
                    break;
                }
            }
            int accusation = tr.isViolent() && !c.verbal() ? Accused.noun(s, t, words) : -1;
            if (accusation >= 0) {
                a1 = Accused.of(s, t, accusation, actors); // "بعد اتهام سوريا لإسرائيل بتنفيذ هجوم": Israel's act
            }
            if (a1 == null && (tr.isViolent() || tr.isOutcome()) && !c.verbal()) {
                a1 = SpeechContent.reportingSide(s, t, actors, args::inter); // "قالت قيادة التحالف: إن 12 غارة نفذت"
            }
            RoledActor loser = null;
            if ((tr.isViolent() || tr.isOutcome()) && !c.verbal() && a1 != null && a1.role() != Role.AGENT
                    && OwnLosses.announced(s, t, a1, own)) {
                // "أعلنت وزارة الدفاع الروسية مقتل 4 جنود روس جراء الهجوم": the speaker lost the men
                loser = a1;
                a1 = null;
            }
            partners = ConjoinedActors.partners(s, t, a1, actors);
            List<RoledActor> others = new ArrayList<>(actors);
            others.removeAll(partners);
            if (loser != null) {
                others.remove(loser);
            }
            others.removeIf(a -> RelativeSource.names(s, a, words)); // "اتفاق أعلنته روسيا": who told of it
            a2 = actor2(s, t, others, a1);
            if (a2 == null && tr.isViolent() && !c.verbal()) {
                a2 = objectBeforeMeans(s, c, others, a1); // "استهدفت الفصائل تمركزات لقوات النظام بقذائف الهاون"
            }
            a2 = a2 == null ? loser : a2;
            RoledActor defender = defender(s, t, others, a1);
            if (defender != null && (a2 == null || a2.role() != Role.TARGET && a2.role() != Role.VICTIM)) {
                a2 = defender; // "تصدت وحدات الجيش لهجوم من تدبير تنظيم الدولة": the army was attacked
            }
            RoledActor undergoer = c.verbal() ? null : Undergoer.of(s, t, actors, words);
            if (undergoer != null) {
                // "تعرض فريق تابع للأمم المتحدة لإطلاق نار": the team was hit; a striker only when named as such
                a1 = a1 != null && a1 != undergoer && !a1.id().equals(undergoer.id())
                        && (a1.role() == Role.AGENT || a1.token() >= t.tokenEnd()) ? a1 : null;
                a2 = undergoer;
            }
        }
        String actor1 = a1 == null ? null : a1.id();
        if (actor1 != null && (tr.isViolent() || tr.isOutcome()) && !c.verbal() && args.unarmed(actor1)) {
            // "بعد وصول بعثة منظمة حظر الأسلحة الكيمياوية": inspectors do not strike; nor do their words stay as evidence
            actor1 = null;
            a1 = null;
        }
        if (actor1 == null && (tr.isViolent() || tr.isOutcome()) && !c.verbal() && syrianAttack(s, c)) {
            actor1 = "SYR_GOV";
        }
        String actor2 = a2 == null ? null : a2.id();
        if (a2 != null && a2.former()) {
            actor2 = "CIVILIANS";
        }
        if (actor1 != null && actor1.equals(actor2)) {
            actor2 = null;
            a2 = null;
        }
        boolean violent = tr.isViolent() || tr.isOutcome();
        if (actor2 != null && actor1 != null && !c.verbal() && BATTLES.equals(tr.acledType())
                && words.allies(actor1, actor2)) {
            // "استمرت حملة قوات النظام السوري ومرتزقة حزب الله على المدينة": allies fight side by side, never each
            // other; the side they fight is named elsewhere (ClashPartner, StoryOpponent)
            actor2 = null;
            a2 = null;
        }
        if (actor2 == null && !c.verbal() && (violent || BATTLES.equals(tr.acledType()))) {
            a2 = ClashPartner.of(s, t, actors, actor1, words);
            actor2 = a2 == null ? null : a2.id();
        }
        if (actor2 == null && !c.verbal() && CAPTURE.equals(tr.family())) {
            a2 = Withdrawn.of(s, t, actors, actor1, words); // "سيطرت … على عفرين إثر انسحاب المقاتلين الأكراد منها"
            actor2 = a2 == null ? null : a2.id();
        }
        // "استهدفت الفرقة الساحلية مراكز عسكرية في اللاذقية بصواريخ": the verb before the means names the site
        TriggerMention act = violent && !c.verbal() ? verbBeforeMeans(s, c) : t;
        if (actor2 == null && violent && !c.verbal() && siteNamed(s, t, act, "civilian_site", actors)) {
            actor2 = "CIVILIANS"; // "قصفت القوات الحكومية … الأحياء السكنية في مدينة دوما"
        }
        boolean military = violent && !c.verbal() && siteNamed(s, t, act, "military_site", actors);
        if (actor2 == null && military) {
            actor2 = sites.holder(s, t, actor1, actors); // "أن الصواريخ استهدفت مطار الشعيرات"
            actor2 = actor2 == null && act != t ? sites.holder(s, act, actor1, actors) : actor2;
        }
        if (actor2 == null && violent && !c.verbal() && !military && TollAssigner.hasVictims(own)) {
            // "مقتل 8 من جنودها": soldiers killed are not civilians
            actor2 = TollAssigner.civiliansIn(s, clause)
                    || TollAssigner.whoIsNull(own) && !ArmedVictims.only(s, own, args) ? "CIVILIANS" : null;
        }
        if (actor2 == null && violent && !c.verbal() && !military && !TollAssigner.hasVictims(own)
                && UncountedHarm.civilians(s, t, actors, actor1, words)) {
            actor2 = "CIVILIANS"; // "ما أدى لوقوع إصابات من المدنيين": people hurt, told with no number
        }
        boolean presumed2 = false;
        if (actor2 == null && !c.verbal() && (AGREEMENT.equals(tr.family()) || AGREEMENT_SUB.equals(c.sub()))) {
            // "بدأ مسلحو حركة أحرار الشام الخروج … بموجب اتفاق إجلاء": a local deal has two parties
            a2 = DealPartner.named(s, t, actors, actor1, words);
            actor2 = DealPartner.of(s, t, actors, actor1, args, words);
            presumed2 = a2 == null && actor2 != null;
        }
        if (actor2 == null && "Arrests".equals(c.sub()) && TollAssigner.whoIsNull(own)
                && TollAssigner.hasRole(own, "arrested")) {
            actor2 = "CIVILIANS";
        }
        if (actor2 == null && a1 != null && s.clause[a1.token()] == clause && UnnamedVictims.civilians(s, c, own, args)) {
            // "خطف تنظيم داعش أكثر من 220 من أبناء مدينة القريتين": a side named in the act's own clause hit
            // unarmed people; not a speaker's word for what happened ("قال النائب إن ما يجري يشبه المجازر")
            actor2 = "CIVILIANS";
        }
        List<String> assoc1 = associates(s, clause, actors, partners, actor1);
        if (tr.needs().contains("actor1") && actor1 == null && !striker
                || tr.needs().contains("actor") && actor1 == null && actor2 == null && !striker
                || c.verbal() && actor1 == null) {
            return null;
        }
        if (actor1 == null && "protest".equals(tr.family())) {
            actor1 = "PROTESTERS"; // ACLED's "Protesters (Syria)" when no group is named
        }
        return new ActorAssignment(a1, actor2 == null ? null : a2, actor1, actor2, assoc1, presumed2);
    }

    /** Supporters of the trigger's clause ("بدعم من") and the actors joined to actor1 by و. */
    private static List<String> associates(Sentence s, int clause, List<RoledActor> actors, List<RoledActor> partners,
                                           String actor1) {
        List<String> assoc1 = new ArrayList<>();
        for (RoledActor a : actors) {
            boolean helps = a.role() == Role.ASSOC && s.clause[a.token()] == clause || partners.contains(a);
            if (helps && !a.id().equals(actor1) && !assoc1.contains(a.id())) {
                assoc1.add(a.id());
            }
        }
        return assoc1;
    }

    RoledActor actor1(Sentence s, TriggerMention t, List<RoledActor> actors) {
        int clause = s.clause[t.tokenStart()];
        int segment = s.segment[t.tokenStart()];
        boolean patient = "patient".equals(t.trigger().frame());
        RoledActor best = null;
        RoledActor doer = null;
        // an explicit agent: "من قبل قوات الأسد", "شنه عناصر تنظيم الدولة", "برصاص مجهولين", or the owner
        // of the aircraft that struck ("طائرات تابعة للتحالف"; downed ones, a patient, are the target)
        for (RoledActor a : actors) {
            // the doer of the act a statement is about is its other side, not its speaker ("أدان ترامب الهجوم
            // الذي شنته قوات النظام"): ObjectDoer
            boolean objectDoer = a.role() == Role.AGENT && ObjectDoer.of(s, t, a, words);
            boolean agent = a.role() == Role.AGENT && !objectDoer
                    || a.role() == Role.OWNER && !patient && !DOWNED.equals(t.trigger().family());
            doer = doer == null && objectDoer && a.canAct() ? a : doer;
            if (agent && s.clause[a.token()] == clause && a.canAct()
                    && (best == null
                    || Math.abs(a.token() - t.tokenStart()) < Math.abs(best.token() - t.tokenStart()))) {
                best = a;
            }
        }
        if (best != null) {
            return best;
        }
        RoledActor genitive = patient ? null : AttackerGenitive.of(s, t, actors, words);
        if (genitive != null) {
            return genitive;
        }
        if (patient && "agreement".equals(t.trigger().family())) {
            // "تم إجلاء 50 من مقاتلي المعارضة": the evacuated group is the party of the deal
            for (RoledActor a : actors) {
                if (s.clause[a.token()] == clause && a.token() >= t.tokenEnd() && a.token() - t.tokenEnd() <= 4
                        && a.participant() && a.canAct()) {
                    return a;
                }
            }
        }
        // subject-verb: "قسد تعتقل", "فرنسا تدعو"
        for (RoledActor a : actors) {
            if (a.tokenEnd() <= t.tokenStart() && t.tokenStart() - a.tokenEnd() <= 1 && s.segment[a.token()] == segment
                    && a.role() == Role.NONE && a.participant() && a.canAct() && !FrontedAdjunct.holds(s, a, t)) {
                return a;
            }
        }
        // verb-subject: "قصفت قوات النظام", "ورفض قائد تحرير الشام", "دخلت وحدة من الشرطة العسكرية"
        RoledActor after = patient ? null : subjectAfter(s, t, actors);
        RoledActor before = after != null ? after : subjectBefore(s, t, actors);
        return before != null ? before : doer; // no speaker named: the doer still keeps the event
    }

    /** "غارات سورية وروسية", "قصف سوري": the Syrian adjective right after an attack noun is the government. */
    private boolean syrianAttack(Sentence s, Candidate c) {
        List<TriggerMention> all = new ArrayList<>(c.siblings());
        all.add(c.t());
        for (TriggerMention m : all) {
            if (m.trigger().isViolent() && m.tokenEnd() < s.tokens.size()
                    && words.is("syria_nisba", s.word(m.tokenEnd()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "تصدت وحدات الجيش لهجوم …": the subject of a verb of repelling, before the attack noun in its
     * clause, is the side attacked when someone else is named as the attacker.
     */
    private RoledActor defender(Sentence s, TriggerMention t, List<RoledActor> actors, RoledActor a1) {
        int clause = s.clause[t.tokenStart()];
        for (int i = t.tokenStart() - 1; i >= 0 && s.clause[i] == clause && t.tokenStart() - i <= 6; i--) {
            if (!words.is("repel", s.word(i))) {
                continue;
            }
            for (RoledActor a : actors) {
                if (a.token() > i && a.tokenEnd() <= t.tokenStart() + 1 && a != a1 && a1 != null
                        && !a.id().equals(a1.id()) && a.participant() && a.canAct()) {
                    return a;
                }
            }
            return null;
        }
        return null;
    }

    /** The nearest subject before the trigger (in its segment, then in its clause), else an earlier agent. */
    private static RoledActor subjectBefore(Sentence s, TriggerMention t, List<RoledActor> actors) {
        int clause = s.clause[t.tokenStart()];
        int segment = s.segment[t.tokenStart()];
        for (boolean sameSegment : new boolean[] {true, false}) {
            for (int i = actors.size() - 1; i >= 0; i--) {
                RoledActor a = actors.get(i);
                if (a.tokenEnd() <= t.tokenStart() && s.clause[a.token()] == clause
                        && (!sameSegment || s.segment[a.token()] == segment)
                        && a.role() == Role.NONE && a.participant() && a.canAct()
                        && !(!t.trigger().isVerbal() && SpeakerPhrase.holds(s, a, t))) {
                    return a;
                }
            }
        }
        // an agent named in the clause before ("… من قبل الفصائل، أو أن عملية عسكرية ستشن"), never one of
        // another report of a round-up ("…، عقبه قصف من قبل قوات النظام، فيما سمع دوي انفجار عبوة ناسفة")
        RoledActor best = null;
        for (RoledActor a : actors) {
            if (a.role() == Role.AGENT && a.tokenEnd() <= t.tokenStart() && a.canAct()
                    && clause - s.clause[a.token()] <= 1 && sameReport(s, t, a)) {
                best = a;
            }
        }
        return best;
    }

    /** Only words like "وحدة من" between a verb and its subject (at most three). */
    private boolean headsOnly(Sentence s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!words.is("unit_head", s.word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject right after a verb or verbal noun ("بقصف النظام", "قصفت قوات الأسد"), or null; also a
     * name whose head word closes the trigger phrase ("قصفت طائرات النظام": the aircraft of the regime).
     */
    RoledActor subjectAfter(Sentence s, TriggerMention t, List<RoledActor> actors) {
        if ("patient".equals(t.trigger().frame())) {
            return null;
        }
        for (RoledActor a : actors) {
            boolean after = a.token() >= t.tokenEnd() || a.token() > t.tokenStart() && a.tokenEnd() > t.tokenEnd();
            if (s.clause[a.token()] == s.clause[t.tokenStart()] && after
                    && headsOnly(s, t.tokenEnd(), a.token()) && a.role() == Role.NONE && a.participant()
                    && a.canAct()) {
                return a;
            }
        }
        return null;
    }

    /**
     * The object a strike verb names before the means the event's trigger is ("استهدفت الفصائل المعارضة تمركزات
     * لقوات النظام بقذائف الهاون", "شنت هجوما عسكريا ضد نظام الأسد بإطلاق 59 صاروخا"): the means give the class,
     * the verb before them (a weaker trigger of the clause) its object: a side named between the two as a target or
     * as the owner of an object hit.
     */
    private RoledActor objectBeforeMeans(Sentence s, Candidate c, List<RoledActor> actors, RoledActor a1) {
        TriggerMention t = c.t();
        TriggerMention verb = verbBeforeMeans(s, c);
        if (verb == t) {
            return null;
        }
        RoledActor object = actor2(s, verb, actors, a1);
        // a target ("على", "ضد") or the owner of an object hit; not the ل of a verbal noun's doer ("هجوم لقوات
        // النظام بغاز الكلور": the forces attacked)
        boolean hit = object != null && (object.role() == Role.TARGET || sites.owner(s, object));
        return hit && object.token() >= verb.tokenEnd() && object.tokenEnd() <= t.tokenStart()
                && t.tokenStart() - object.tokenEnd() <= MEANS_GAP ? object : null;
    }

    /** Whether a site of the kind is named as hit after the trigger or after the verb before its means. */
    private boolean siteNamed(Sentence s, TriggerMention t, TriggerMention act, String kind, List<RoledActor> actors) {
        return sites.named(s, t, kind, actors) || act != t && sites.named(s, act, kind, actors);
    }

    /** The first weaker trigger of the candidate's clause before it (the verb before the means), else its own. */
    private static TriggerMention verbBeforeMeans(Sentence s, Candidate c) {
        TriggerMention t = c.t();
        TriggerMention first = t;
        for (TriggerMention sib : c.siblings()) {
            if (sib.tokenEnd() <= first.tokenStart() && s.clause[sib.tokenStart()] == s.clause[t.tokenStart()]) {
                first = sib;
            }
        }
        return first;
    }

    RoledActor actor2(Sentence s, TriggerMention t, List<RoledActor> actors, RoledActor a1) {
        int clause = s.clause[t.tokenStart()];
        String id1 = a1 == null ? null : a1.id();
        boolean verbal = t.trigger().isVerbal();
        for (Role want : new Role[] {Role.VICTIM, Role.TARGET, Role.RECIPIENT}) {
            for (RoledActor a : actors) {
                // the owner of the last object hit ends a list of any length ("استهدفت مناطق تجمعات … لتنظيم داعش")
                boolean owner = want == Role.RECIPIENT && t.trigger().isViolent() && sites.owner(s, a);
                if ((a.role() == want || owner) && s.clause[a.token()] == clause && !a.id().equals(id1) && a != a1
                        && (want == Role.VICTIM
                        || a.token() >= t.tokenStart() && (a.token() - t.tokenEnd() <= 10 || owner))) {
                    return a;
                }
            }
        }
        RoledActor bearer = ContentSubject.of(s, t, actors, a1); // "إن النظام سيواجه عواقب": who will pay
        if (bearer != null || ONE_SIDED.contains(t.trigger().family())) {
            return bearer; // a deployment, a build-up, a handover: a second side only when named as such
        }
        // a land or city after في is where the act took place ("17 ضربة جوية في العراق"), not its other side
        for (RoledActor a : actors) {
            if (s.clause[a.token()] == clause && a.token() >= t.tokenEnd()
                    && a.token() - t.tokenEnd() <= (verbal ? 12 : 8)
                    && a != a1 && a.participant() && (a.role() != Role.AGENT || ObjectDoer.of(s, t, a, words))
                    && !a.id().equals(id1) && !PlaceOfAct.names(s, a, this::place)) {
                return a;
            }
        }
        if (!verbal) {
            return null;
        }
        RoledActor addressee = AdjectiveAddressee.of(s, t, actors, a1, words); // "مع التهديد الإيراني"
        if (addressee != null && !PlaceOfAct.names(s, addressee, this::place)) {
            return addressee;
        }
        for (int i = actors.size() - 1; i >= 0; i--) {
            RoledActor a = actors.get(i);
            if (s.clause[a.token()] == clause && a.tokenEnd() <= t.tokenStart() && a != a1 && a.participant()
                    && a.role() != Role.AGENT && !a.id().equals(id1) && !PlaceOfAct.names(s, a, this::place)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The two sides of a clash, an agreement or a negotiation: "بين X و Y" when written, else the
     * subject of the sentence and the side nearest the trigger.
     */
    RoledActor[] parties(Sentence s, TriggerMention t, List<RoledActor> actors) {
        int clause = s.clause[t.tokenStart()];
        List<RoledActor> sides = fighters(actors);
        RoledActor agent = null;
        for (RoledActor a : sides) {
            if (a.role() == Role.AGENT && s.clause[a.token()] == clause) {
                agent = a;
                break;
            }
        }
        List<RoledActor> ordered = ClashSides.of(s, t, sides, words);
        if (ordered.isEmpty()) {
            ordered = subjectAndNearest(s, t, sides, agent);
        }
        if (ordered.isEmpty()) {
            return new RoledActor[] {null, null};
        }
        if (ordered.get(0) == null) {
            return new RoledActor[] {null, refine(ordered.get(1), actors)}; // "بين مقاتلين محليين من جهة، وX"
        }
        if (ordered.size() == 1 && ordered.get(0).role() == Role.VICTIM) {
            // "وقتل عدد من عناصر النظام خلال اشتباكات": the side named only by its dead was hit; the side
            // it fought, when named after مع ("في اشتباكات مع قوات النظام"), was the other party
            RoledActor fought = ClashPartner.of(s, t, actors, ordered.get(0).id(), words);
            return new RoledActor[] {fought, ordered.get(0)};
        }
        RoledActor first = ordered.get(0);
        RoledActor a1 = refine(first, actors);
        RoledActor a2 = null;
        for (RoledActor a : ordered) {
            if (a == first || a == a1) {
                continue;
            }
            RoledActor r = refine(a, actors);
            if (!r.id().equals(a1.id())) {
                a2 = r;
                break;
            }
        }
        if (a2 == null && t.trigger().isViolent() && ClashPartner.of(s, t, actors, a1.id(), words) == null) {
            a2 = fallen(s, actors, a1); // "دارت مواجهات … وقتل عدد من عناصر النظام": the side with dead fought
        }
        if (agent == null && a2 != null && args.inter(a2.id()) == 1
                && args.inter(a1.id()) != 1 && "Strategic developments".equals(t.trigger().acledType())) {
            return new RoledActor[] {a2, a1}; // no initiator named: the state's forces come first
        }
        return new RoledActor[] {a1, a2};
    }

    /** "تبادل للقصف المدفعي بين X و Y": a strike written between two named sides is a fight of both. */
    private boolean mutual(Sentence s, Candidate c, List<RoledActor> actors) {
        if (!c.t().trigger().isViolent() || c.verbal()) {
            return false;
        }
        List<RoledActor> sides = ClashSides.of(s, c.t(), fighters(actors), words, MUTUAL_GAP, MUTUAL_GAP + 1);
        for (RoledActor a : sides) {
            if (sides.get(0) != null && a != null && !a.id().equals(sides.get(0).id())) {
                return true;
            }
        }
        return false;
    }

    /** Actors that can be a side: not an outlet, a reporter, a supporter, nor civilians. */
    private static List<RoledActor> fighters(List<RoledActor> actors) {
        List<RoledActor> sides = new ArrayList<>();
        for (RoledActor a : actors) {
            if (a.participant() && a.canAct()) {
                sides.add(a);
            }
        }
        return sides;
    }

    /**
     * An armed side other than actor1 named by its dead or wounded, or null; not one named beside actor1
     * ("خاضتها الفرقة الرابعة وحزب الله … إلى مقتل عنصر من حزب الله": an ally lost a man).
     */
    private static RoledActor fallen(Sentence s, List<RoledActor> actors, RoledActor a1) {
        for (RoledActor a : actors) {
            if (a.role() == Role.VICTIM && a.canAct() && !a.id().equals(a1.id()) && !besideActor1(s, actors, a, a1)) {
                return a;
            }
        }
        return null;
    }

    private static boolean besideActor1(Sentence s, List<RoledActor> actors, RoledActor victim, RoledActor a1) {
        for (RoledActor b : actors) {
            if (b != victim && b.id().equals(victim.id()) && s.segment[b.token()] == s.segment[a1.token()]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the sentence (the agent, else the first actor before the trigger, else the one
     * right after a verb that opens the clause: "استقبل الرئيس السوري وزير الخارجية الإيراني") and the
     * nearest side that is another party than the subject ("مكالمة مع نظيره الفرنسي").
     */
    private List<RoledActor> subjectAndNearest(Sentence s, TriggerMention t, List<RoledActor> sides,
                                               RoledActor agent) {
        List<RoledActor> ordered = new ArrayList<>();
        RoledActor subject = agent;
        for (RoledActor a : sides) {
            if (subject == null && a.tokenEnd() <= t.tokenStart() && a.role() == Role.NONE) {
                subject = a; // the first actor of the sentence that is not an object
            }
        }
        for (RoledActor a : sides) {
            if (subject == null && a.role() == Role.NONE && a.token() >= t.tokenEnd()
                    && s.clause[a.token()] == s.clause[t.tokenStart()] && headsOnly(s, t.tokenEnd(), a.token())) {
                subject = a; // verb, then subject
            }
        }
        if (subject != null) {
            ordered.add(subject);
        }
        RoledActor nearest = null;
        for (RoledActor a : sides) {
            if (a == subject || a.role() == Role.RECIPIENT || subject != null && a.id().equals(subject.id())
                    || a.role() == Role.TARGET && !t.trigger().isViolent()) {
                continue; // "تم الاتفاق على ... دحر داعش": what a deal is against is no party to it
            }
            if (nearest == null || distance(s, t, a) < distance(s, t, nearest)) {
                nearest = a;
            }
        }
        if (nearest != null) {
            ordered.add(nearest);
        }
        return ordered;
    }

    /**
     * The actor is told in the trigger's own report of the sentence, not in one a report opener set apart;
     * a definite trigger ("، كما أسفرت الاشتباكات عن") points back to the fight told before, sides and all.
     */
    private static boolean sameReport(Sentence s, TriggerMention t, RoledActor a) {
        return s.report[a.token()] == s.report[t.tokenStart()] || ModalityClassifier.definite(s, t);
    }

    private static int distance(Sentence s, TriggerMention t, RoledActor a) {
        int d = a.token() >= t.tokenEnd() ? a.token() - t.tokenEnd() : t.tokenStart() - a.tokenEnd();
        return d + (s.clause[a.token()] == s.clause[t.tokenStart()] ? 0 : 50);
    }

    /** "الفصائل في إدلب، أبرزها هيئة تحرير الشام": a named group right after a generic one. */
    private RoledActor refine(RoledActor a, List<RoledActor> actors) {
        if (!"OPPOSITION".equals(a.id())) {
            return a;
        }
        for (RoledActor b : actors) {
            if (b.token() > a.token() && b.token() - a.tokenEnd() <= 4 && b.participant()
                    && args.inter(b.id()) == 2 && !"OPPOSITION".equals(b.id())) {
                return b;
            }
        }
        return a;
    }
}
