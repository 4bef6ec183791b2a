package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.text.Span;

/**
 * Places a verbal event (statement, appeal, warning, meeting): the place its sentence ties the act
 * to, else none. A statement is not made at the story's place: "قال لافروف" in a story datelined
 * دمشق or about دوما has no place (location and admin1 null), unlike an air strike that takes the
 * story's place, unless a digest files the item under a governorate ("إدلب::"). A capital that
 * names a government ("اتهمت دمشق إسرائيل", "توعدت موسكو") is the speaker or the one addressed,
 * not a place.
 *
 * <p>A meeting is placed where it is held, and Arabic tells that place as where a party goes: "وصل
 * لافروف إلى أنقرة حيث التقى", "توجه إلى سوتشي وأجرى محادثات", "أرسلت وفدا إلى عمان". So for a
 * consultation (CAMEO 04) the destination after إلى is its place, though a statement is never
 * placed where someone goes; and the host of a visit ("زار الوزير طهران", "زار تركيا") is both
 * the one visited and the place. Only a journey told in the act's clause or just before it counts.
 */
final class StatementPlacer {
    /** The place of a verbal event the text ties to no place. */
    static final Arguments.Place NOWHERE = new Arguments.Place(null, null, null, null, null, null, null, 0, 1.0);

    /** إلى: the place after it is where someone goes. */
    private static final Set<String> TO = Particles.words("destination_preposition");
    /** في, "in": the place after it is where the act happened. */
    private static final Set<String> IN = Particles.words("locative_preposition");
    /** "فيما يتعلق", "فيما يخص": the word after فيما that makes it "as regards", not a contrast. */
    private static final Set<String> REGARDING = Particles.words("regarding_verb");
    /** Verbs of arrival whose bare object is the city reached ("وصل دمشق"). */
    private static final Set<String> ARRIVAL = Particles.words("arrival_verb");
    /** How far the verb of arrival may stand before the city reached: "ووصل المبعوث الأممي دمشق". */
    private static final int ARRIVAL_REACH = 6;
    /** How far في may stand before the venue: "في العاصمة اللبنانية بيروت". */
    private static final int IN_REACH = 3;
    /** How far from a meeting its party's journey may be told ("وصل إلى دمشق صباح الاثنين حيث التقى"). */
    private static final int TRAVEL_REACH = 10;

    private final EventPlacer placer;
    private final TriggerLexicon lexicon;
    private final Arguments args;

    StatementPlacer(EventPlacer placer, TriggerLexicon lexicon, Arguments args) {
        this.placer = placer;
        this.lexicon = lexicon;
        this.args = args;
    }

    /**
     * One place from the sentence, or {@link #NOWHERE}; null when the act has neither a place nor
     * a speaker named in its sentence (a default actor): the guidelines code a verbal event only
     * when its speaker or parties are named. A present-tense act with no place and no time
     * ("وتتهم المعارضة النظام باستخدام البراميل") is a stance held, not a statement made.
     */
    Placement place(Sentence s, Candidate c, SentenceArguments a, StoryContext story, ActorAssignment who,
                    boolean dated) {
        return place(s, c, a, story, who, dated, StatementVenue.NONE, false);
    }

    /**
     * As above; a statement its sentence ties to no place is placed where the story says its speaker spoke.
     * An undated quote is a statement when it is the story's {@code first} of its speaker and about the war
     * at home ({@link FirstQuote}).
     */
    Placement place(Sentence s, Candidate c, SentenceArguments a, StoryContext story, ActorAssignment who,
                    boolean dated, StatementVenue venue, boolean first) {
        List<Arguments.Place> places = a.places();
        List<Arguments.Place> own = notActors(places, who);
        // "أجرى محادثات في طهران قبل وصوله إلى دمشق": where the clause says it was held wins
        Arguments.Place held = CameoRoot.MEETING.equals(c.t().trigger().cameo()) && !placedInClause(s, c.t(), own)
                ? heldAt(s, c.t(), venues(a), who) : null;
        if (held == null && CameoRoot.MEETING.equals(c.t().trigger().cameo())) {
            held = venueInStretch(s, c.t(), placer.notMoved(s, own));
        }
        if (held == null && CameoRoot.MEETING.equals(c.t().trigger().cameo())) {
            // "بعد لقاء بين ليبرمان وشويغو في موسكو أثمر عن توافق ... من مناطق الجنوب السوري": في after the meeting
            held = MeetingVenue.of(s, c.t(), notActors(venues(a), who));
        }
        if (held != null) {
            return new Placement(List.of(held), true);
        }
        // "اعتبرت دمشق الاتهامات بشأن الهجوم في دوما، فيما حذرت روسيا واشنطن": a place another report
        // of the sentence names is what that report tells of, not where this act was made or what it is about
        List<Arguments.Place> reported = ownReport(s, c.t(), own);
        if (!reported.isEmpty()) {
            Placement p = placer.place(s, c, reported, story, true, false);
            if (p != null && p.inSentence() && !p.places().isEmpty()) {
                return new Placement(List.of(p.places().get(0)), true);
            }
        }
        // a plain "قال X إن" is news only with its day ("قال X، الثلاثاء، إن"); undated it is a quote
        // that colours the story ("وقال الوزير في المؤتمر الصحافي إن"), unless it is the story's first of
        // a named speaker on the war at home (FirstQuote)
        // "وقال الكرملين إن روسيا تدين": a present act its speaker declares is made, not a stance held
        boolean present = imperfect(c.t()) && !DeclaredAct.declared(s, c.t(), who.actor1(), a.actors());
        boolean made = who.a1() != null && (dated || !present && (!SpeechStatement.isSpeech(c.t())
                || first && FirstQuote.news(s, c, who, a, args, story)));
        if (!made) {
            return null;
        }
        // a digest files each item under the governorate it is about ("إدلب::")
        boolean filed = story.story().section() != null && story.storyPlace() != null;
        Arguments.Place spokeAt = StatementGrouper.said(c.t().trigger().cameo()) ? venue.of(who.actor1()) : null;
        return new Placement(List.of(filed ? story.storyPlace() : spokeAt != null ? spokeAt : NOWHERE), false);
    }

    /**
     * Where a meeting is held when its own stretch says so with في and a later stretch of its clause
     * names what it is about ("لقاء المبعوث مع قادة الحزب في بيروت، من أجل الوقوف على الهجوم على
     * كفريا"), or reached by a verb of arrival just before the meeting ("وصل دمشق ... لإجراء محادثات"):
     * the venue, not the place of the purpose (nor the Syrian place preferred over a foreign one).
     * Only a town or city named is a venue; one sharing its stretch with another place is left to the
     * general rule.
     */
    static Arguments.Place venueInStretch(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        int segment = s.segment[t.tokenStart()];
        Arguments.Place venue = null;
        boolean later = false;
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            if (tok < 0 || s.clause[tok] != s.clause[t.tokenStart()]) {
                continue;
            }
            if (s.segment[tok] != segment) {
                later |= s.segment[tok] > segment;
                continue;
            }
            // "مفاوضات تجري بين الفصائل في إدلب": a governorate or region is where the parties are
            boolean told = tok >= t.tokenEnd() ? afterIn(s, tok, t.tokenEnd()) : arrivedAt(s, tok, t);
            if (venue != null || p.geoPrecision() != 1 || !told) {
                return null;
            }
            venue = p;
        }
        return later ? venue : null;
    }

    /**
     * "وصل دمشق صباح أمس قادما من بيروت لإجراء محادثات", "ووصل المبعوث الأممي دمشق": the city a party
     * reached, the verb at most {@link #ARRIVAL_REACH} words before it (its subject between), just
     * before the meeting. A capital that is also a party of the meeting is left to heldAt.
     */
    private static boolean arrivedAt(Sentence s, int tok, TriggerMention t) {
        if (t.tokenStart() - tok > TRAVEL_REACH) {
            return false;
        }
        for (int k = tok - 1; k >= Math.max(0, tok - ARRIVAL_REACH) && s.segment[k] == s.segment[tok]; k--) {
            if (s.bareOrAfterAnd(k, ARRIVAL)) {
                return true;
            }
        }
        return false;
    }

    /** "في بيروت", "في العاصمة اللبنانية بيروت": في at most {@link #IN_REACH} words before the place. */
    private static boolean afterIn(Sentence s, int tok, int from) {
        for (int k = tok - 1; k >= Math.max(from, tok - IN_REACH); k--) {
            if (IN.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the act's clause names a place that is not where someone goes ("محادثات في جنيف"). */
    private boolean placedInClause(Sentence s, TriggerMention t, List<Arguments.Place> own) {
        for (Arguments.Place p : placer.notMoved(s, own)) {
            int tok = s.tokenOf(p.span());
            if (tok >= 0 && s.clause[tok] == s.clause[t.tokenStart()]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence's places with the actors named by a place ("أنقرة", "تركيا", "موسكو"): a capital
     * or a state is a party and, as where someone goes, also a venue.
     */
    List<Arguments.Place> venues(SentenceArguments a) {
        List<Arguments.Place> out = new ArrayList<>(a.places());
        for (org.rasid.actors.ActorMention m : a.actors()) {
            if (m.outlet() || out.stream().anyMatch(p -> p.span() != null && p.span().overlaps(m.span()))) {
                continue;
            }
            args.placeNamed(m.span().of(a.sentence().doc.original())).filter(p -> p.admin1() != null)
                    .ifPresent(p -> out.add(new Arguments.Place(m.span(), p.locationAr(), p.placeId(), p.admin1(),
                            p.admin2(), p.latitude(), p.longitude(), p.geoPrecision(), p.confidence())));
        }
        out.sort(java.util.Comparator.comparingInt(p -> p.span().start()));
        return out;
    }

    /**
     * Where a meeting is held, told as where a party goes: a place after إلى (or "إلى مدينة X") near
     * the act, just before it or in its stretch between commas ("وصل إلى أنقرة حيث التقى", "محادثات مع
     * الأسد الذي توجه إلى سوتشي"), not the speaker's; or the host of a visit, the first place after
     * a visit verb in its clause ("زار الوزير موسكو": a 04 verb that acts on its object, not the
     * symmetric "التقى"); else null. A destination told further on is another move ("وشددا على
     * إيصال المساعدات إلى الغوطة").
     */
    static Arguments.Place heldAt(Sentence s, TriggerMention t, List<Arguments.Place> places, ActorAssignment who) {
        boolean visit = "agent".equals(t.trigger().frame()) && "V".equals(t.trigger().pos());
        int clause = s.clause[t.tokenStart()];
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            if (tok < 0 || within(p.span(), who.a1())) {
                continue;
            }
            boolean before = tok < t.tokenStart();
            int gap = before ? t.tokenStart() - tok : tok - t.tokenEnd();
            boolean near = gap <= TRAVEL_REACH && (before || s.segment[tok] == s.segment[t.tokenStart()]);
            boolean destination = tok > 0 && (TO.contains(s.word(tok - 1)) || tok > 1
                    && EventWords.standard().is("settlement", s.word(tok - 1)) && TO.contains(s.word(tok - 2)));
            boolean host = visit && tok >= t.tokenEnd() && s.clause[tok] == clause;
            if (near && destination || host) {
                return p;
            }
        }
        return null;
    }

    /**
     * The places in the act's report of the sentence (Sentence.report: a clause opened by "فيما",
     * "بينما", "في حين", or by "كما" after a comma, is another report). Not split off: "فيما يتعلق
     * بالهجوم على دوما" (particles.tsv regarding_verb) is what the act is about; and the places of
     * an act told by a definite noun ("تجري محادثات بشأن الزبداني لكن المفاوضات توقفت"), which
     * names an act already told.
     */
    static List<Arguments.Place> ownReport(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        if (definite(s, t)) {
            return places;
        }
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            if (tok < 0 || !reportBetween(s, Math.min(tok, t.tokenStart()), Math.max(tok, t.tokenStart()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether another report starts after word from and at or before word to ("فيما حذرت"; not "فيما يتعلق"). */
    private static boolean reportBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (s.report[i] != s.report[i - 1] && !(i + 1 < s.tokens.size() && REGARDING.contains(s.word(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the act is told by a noun with the article ("المفاوضات"): it names an act already told. */
    private static boolean definite(Sentence s, TriggerMention t) {
        return s.definite(t.tokenStart());
    }

    /** "يتهم", and "تتهم" when the lexicon row also has "يتهم": an imperfect verb. */
    private boolean imperfect(TriggerMention t) {
        String p = t.phrase();
        if (p.isEmpty() || p.indexOf(' ') >= 0) {
            return false;
        }
        return p.charAt(0) == 'ي'
                || p.charAt(0) == 'ت' && lexicon.singleWord('ي' + p.substring(1)).contains(t.trigger());
    }

    /** The places that are not the words of actor1 or actor2 (a capital standing for its state). */
    static List<Arguments.Place> notActors(List<Arguments.Place> places, ActorAssignment who) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            if (!within(p.span(), who.a1()) && !within(p.span(), who.a2())) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean within(Span place, RoledActor actor) {
        if (actor == null || place == null) {
            return false;
        }
        Span a = actor.m().span();
        return place.start() < a.end() && a.start() < place.end();
    }
}
