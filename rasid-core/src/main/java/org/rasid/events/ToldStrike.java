package org.rasid.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.text.CliticSplitter;

/**
 * The strike a definite attack noun refers back to. Daily statements name the striker once with an
 * indefinite count ("شن التحالف بقيادة الولايات المتحدة 22 ضربة جوية في سوريا") and tell where the
 * strikes fell in the next sentences with the article and no striker ("وأضاف البيان أن الضربات أصابت
 * مواقع قرب حلب", "واستهدفت الهجمات أهدافا قرب الرقة"). Such a noun, a violent trigger written with
 * the article and with no actor1 of its own, takes the striker of the latest strike told at most
 * {@link FollowingToll#REACH} sentences before (also one coded nowhere for want of a place, "في
 * سوريا"), with that mention as evidence; a generic attack noun ("الهجمات", event_words.tsv
 * {@code generic_attack}) takes its kind too, since it only names the strikes again. Another kind of
 * strike noun ("القصف" after air strikes) is another act and takes nothing, and a strike told with
 * several strikers gives none. Only nouns that may not stand without their actor are read so: one that
 * may ("الغارات") is left to StoryAirForce and IncidentSides. A shelling or raid told anew (no article) in the very
 * next sentence, naming no side of its own, goes on with the lead's striker too, unless the lead was placed in
 * another governorate: the lead tells the barrage over unnamed towns, the next sentence its towns and toll
 * ({@link #goesOn}). One instance reads one story, in order.
 */
final class ToldStrike {
    private static final String STRIKES = "Explosions/Remote violence";
    /** The strikes a lead tells over several places and the next sentence places: shelling and raids. */
    private static final Set<String> BARRAGES = Set.of("Shelling/artillery/missile attack", "Air/drone strike");

    private final EventWords words;
    private ActorAssignment last;
    private Coding lastCoding;
    private int lastSentence = -1;
    /** The last strike's candidate and the governorates it was placed in (none: told for want of a place). */
    private Candidate lastCandidate;
    private final Set<String> lastFronts = new HashSet<>();

    ToldStrike(EventWords words) {
        this.words = words;
    }

    /** Whether the candidate is a definite attack noun that may refer back to the last strike told. */
    boolean refersBack(Sentence s, Candidate c, int sentence) {
        Set<String> needs = c.t().trigger().needs();
        // only a noun that may not stand without its actor: one that may ("الغارات", "القصف") is left to the
        // story's air force (StoryAirForce) and the retold incident (IncidentSides)
        return (needs.contains("actor1") || needs.contains("actor")) && last != null && sentence > lastSentence
                && sentence - lastSentence <= FollowingToll.REACH && backNoun(s, c) && (generic(s, c) || lastCoding.sub().equals(c.t().trigger().acledSubType()));
    }

    /**
     * Whether the candidate is a strike of the last strike's kind told in the very next sentence: Arabic news
     * names the striker in the lead's act, told over a region or "أربع بلدات محاصرة", and gives the places and
     * the toll in the next sentence with no striker ("أمطرت الفصائل المقاتلة المعارضة أربع بلدات محاصرة
     * بالقذائف" … "وأكد المرصد مقتل سبعة أشخاص في أكثر من 300 قذيفة سقطت على بلدتي الفوعة وكفريا").
     */
    boolean goesOn(Sentence s, Candidate c, int sentence, List<RoledActor> actors, List<Arguments.Place> places) {
        Trigger tr = c.t().trigger();
        // a definite noun ("القصف", "الغارات") is read by refersBack, StoryAirForce and IncidentSides
        // only shelling and raids go on: a bomb told next ("وأصيب خمسة آخرون بتفجير مماثل") is an incident of its own
        if (last == null || c.verbal() || !tr.isViolent() || !BARRAGES.contains(tr.acledSubType())
                || sentence != lastSentence + 1
                || !lastCoding.sub().equals(tr.acledSubType()) || s.definite(c.t().tokenStart())) {
            return false;
        }
        for (Arguments.Place p : places) {
            if (p.admin1() != null && !lastFronts.isEmpty() && !lastFronts.contains(p.admin1())) {
                return false; // the lead struck Kafranbel in Idlib: a raid in Daraa is another front's
            }
        }
        for (RoledActor a : actors) {
            if (a.participant() && a.canAct() && !a.id().equals(last.actor1())) {
                return false; // "على حي الأشرفية الخاضع لسيطرة قوات النظام": a side of its own, another incident
            }
        }
        return true;
    }

    /**
     * The actors of a candidate: for a definite attack noun with no striker of its own, the last strike's
     * striker; a strike that names its striker becomes the last strike told.
     */
    ActorAssignment follow(ActorAssignment who, Candidate c, boolean back) {
        if (who == null || c.verbal()) {
            return who;
        }
        if (who.actor1() == null && back) {
            String actor2 = last.actor1().equals(who.actor2()) ? null : who.actor2();
            return new ActorAssignment(last.a1(), actor2 == null ? null : who.a2(), last.actor1(), actor2,
                    who.assoc1(), who.presumed2());
        }
        return who;
    }

    /** The kind of a candidate: a generic attack noun that refers back is the strike it names again. */
    Coding coding(Sentence s, Candidate c, ActorAssignment who, Coding own, int sentence, List<RoledActor> actors,
                  boolean back) {
        boolean followed = who.a1() != null && last != null && who.a1() == last.a1() && sentence != lastSentence;
        if (followed && back && generic(s, c)) {
            return lastCoding;
        }
        if (!followed && who.a1() != null && STRIKES.equals(own.type()) && c.t().trigger().isViolent()) {
            // "نفذت قوات النظام وحليفتها روسيا مئات الضربات": the story does not say which of them struck
            // the strikes told next, so the noun keeps no striker (as StoryAirForce with two air forces)
            RoledActor first = firstSide(s, c, actors, who.a1());
            last = who.assoc1().isEmpty() ? new ActorAssignment(first, null, first.id(), null, List.of()) : null;
            lastCoding = own;
            lastSentence = sentence;
            lastCandidate = c;
            lastFronts.clear();
        }
        return own;
    }

    /**
     * The side the lead names first before its strike noun, in the noun's clause ("نفذت قوات النظام
     * السوري وحليفتها روسيا", "شن التحالف بقيادة الولايات المتحدة"): the one the later nouns go on with;
     * the striker read for the lead itself when no side stands before it.
     */
    private static RoledActor firstSide(Sentence s, Candidate c, List<RoledActor> actors, RoledActor striker) {
        int clause = s.clause[c.t().tokenStart()];
        for (RoledActor a : actors) {
            if (a.token() < c.t().tokenStart() && a.token() < striker.token() && s.clause[a.token()] == clause
                    && a.canAct() && (a.role() == RoledActor.Role.NONE || a.role() == RoledActor.Role.AGENT)) {
                return a;
            }
        }
        return striker;
    }

    /** The places a candidate was coded at: the last strike's are the front its followers must be on. */
    void placed(Candidate c, List<Arguments.Place> places) {
        if (c == lastCandidate) {
            for (Arguments.Place p : places) {
                if (p.admin1() != null) {
                    lastFronts.add(p.admin1());
                }
            }
        }
    }

    /** A violent noun trigger whose first word carries the article: "الضربات", "والغارات", "الهجمات". */
    private static boolean backNoun(Sentence s, Candidate c) {
        Trigger tr = c.t().trigger();
        if (!tr.isViolent() || !"N".equals(tr.pos())) {
            return false;
        }
        return s.definite(c.t().tokenStart());
    }

    private boolean generic(Sentence s, Candidate c) {
        if (c.t().tokenEnd() - c.t().tokenStart() != 1) {
            return false;
        }
        for (CliticSplitter.Reading r : CliticSplitter.readings(s.word(c.t().tokenStart()), false)) {
            if (words.is("generic_attack", r.withArticle())) { // "والهجمات" reads "الهجمات"
                return true;
            }
        }
        return false;
    }
}
