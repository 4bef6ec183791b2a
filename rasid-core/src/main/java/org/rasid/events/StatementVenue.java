package org.rasid.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.actors.ActorMention;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;

/**
 * Where a story's statements were made. Arabic news often quotes first and tells the occasion of the
 * words apart, in a sentence of its own: "وتأتي تصريحات الرئيس التركي خلال لقاء في إسطنبول", "وتابع
 * خلال مؤتمر صحافي في عمان", "عقد ماكرون مؤتمرا صحفيا مع ولي العهد السعودي في العاصمة باريس". The
 * guidelines place a statement where it was made when the text says so ("a statement in Beirut →
 * بيروت"), so a speaker's statements that their own sentence ties to no place take that venue.
 *
 * <p>An occasion is a word of speaking in public (event_words.tsv {@code speaking_occasion}: مؤتمر،
 * لقاء، كلمة، خطاب، مقابلة) after a preposition of the occasion (خلال، في) or a verb of holding (عقد);
 * its venue is a place after في or ب in its phrase, with no word of topic or cue between
 * ("خلال مؤتمر صحافي عن الوضع في إدلب" is about Idlib, not held there) and no إن/أن (what follows is
 * what was said). A venue is a town, a city or a region: a country after an occasion is more often its topic
 * ("مؤتمر المانحين في سوريا"). Its speakers are the actors its sentence names before the venue, or,
 * when it names none ("وتابع خلال مؤتمر صحافي"), those of the sentence before. Only what is said takes
 * the venue; a meeting is placed where it is held. A visit told with the town it goes to ("في اليوم الأول
 * من زيارته لبرلين") is a venue too, unless told before, after or still ahead of it ("قبيل زيارته",
 * "ويلتقي خلال زيارته لطهران").
 */
final class StatementVenue {
    /** A story that tells no occasion. */
    static final StatementVenue NONE = new StatementVenue(List.of());

    private static final Set<String> OCCASION_PREPOSITION = Particles.words("occasion_preposition");
    private static final Set<String> AT = Particles.words("locative_preposition");
    private static final Set<String> AT_PROCLITIC = Particles.words("locative_proclitic");
    private static final Set<String> TOPIC = Particles.words("topic_preposition");
    private static final Set<String> TO = Particles.words("destination_preposition");
    private static final Set<String> TO_PROCLITIC = Particles.words("destination_proclitic");
    /** "قبيل زيارته", "بعد زيارته": what is said is told before or after the visit, not during it. */
    private static final Set<String> VISIT_EDGE = Particles.words("visit_edge");
    /** "ويلتقي خلال زيارته لطهران", "زيارته المرتقبة": a visit still ahead is not where the story's words were said. */
    private static final Set<String> VISIT_AHEAD = Particles.words("visit_ahead");
    /** How far after a visit a word may tell it ahead ("زيارته المرتقبة إلى موسكو"). */
    private static final int AHEAD_REACH = 3;
    /** إن/أن: what follows is what was said, its places the content ("شدد على أن ... في ليبيا"). */
    private static final Set<String> THAT = Particles.words("complementizer");
    /** Cue kinds that open what is said or planned, not the occasion ("في حال", "بشأن", "تستعد"). */
    private static final Set<String> CONTENT = Set.of("conditional", "topic", "planned", "expected", "negated",
            "future");
    /** The geo_precision of a governorate or a country: no venue. */
    private static final int COUNTRY = 3;
    /** How far back a verb of holding may stand from its occasion ("عقد الرئيس الفرنسي إيمانويل ماكرون مؤتمرا"). */
    private static final int HOLDER = 6;

    private record Venue(Arguments.Place place, Set<String> speakers) {
    }

    private final List<Venue> venues;

    private StatementVenue(List<Venue> venues) {
        this.venues = venues;
    }

    /**
     * The venues the story's sentences (each with its mentions) tell, in their order; a capital read as
     * its government ("في العاصمة باريس") is a venue too ({@link StatementPlacer#venues}).
     */
    static StatementVenue read(List<SentenceArguments> sentences, StatementPlacer placer) {
        List<Venue> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            SentenceArguments a = sentences.get(k);
            Sentence s = a.sentence();
            int at = occasion(s, a);
            Arguments.Place place = at < 0 ? null : placeAfter(s, at, placer.venues(a));
            if (place == null) {
                at = visit(s);
                place = at < 0 ? null : visited(s, at, placer.venues(a));
            }
            if (place == null) {
                continue;
            }
            Set<String> speakers = speakers(a.actors(), place.span().start());
            // "وتابع خلال مؤتمر صحافي": a verb with no subject before the occasion goes on with the last speaker
            if (speakers.isEmpty() && at == 2 && k > 0) {
                speakers = speakers(sentences.get(k - 1).actors(), Integer.MAX_VALUE);
            }
            if (!speakers.isEmpty()) {
                out.add(new Venue(place, speakers));
            }
        }
        return out.isEmpty() ? NONE : new StatementVenue(List.copyOf(out));
    }

    /** Where the speaker's statements were made: the first venue the story tells for them, or null. */
    Arguments.Place of(String speaker) {
        for (Venue v : venues) {
            if (speaker != null && v.speakers().contains(speaker)) {
                return v.place();
            }
        }
        return null;
    }

    /**
     * The token of the first occasion of speaking the sentence tells: after a preposition of
     * the occasion ("خلال مؤتمر"), or after a verb of holding with its subject named between ("عقد ماكرون
     * مؤتمرا صحفيا"; "من المقرر عقد مؤتمر" names no one and tells a plan); else -1.
     */
    private static int occasion(Sentence s, SentenceArguments a) {
        EventWords words = EventWords.standard();
        // the kind's set once per sentence, not a kind look-up per token: every sentence is scanned
        Set<String> occasions = words.of("speaking_occasion");
        for (int i = 1; i < s.tokens.size(); i++) {
            if (!occasions.contains(s.word(i))) {
                continue;
            }
            if (OCCASION_PREPOSITION.contains(s.word(i - 1)) || heldBySomeone(s, i, a, words)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The token of the first visit the sentence tells ("في اليوم الأول من زيارته لبرلين"), not one before or
     * after which the act is told ("قبيل زيارته"); else -1.
     */
    private static int visit(Sentence s) {
        Set<String> visits = EventWords.standard().of("visit_occasion");
        for (int i = 0; i < s.tokens.size(); i++) {
            if (visits.contains(s.word(i)) && (i == 0 || !VISIT_EDGE.contains(s.word(i - 1)))) {
                return ahead(s, i) ? -1 : i;
            }
        }
        return -1;
    }

    /** Whether the visit's clause tells it still ahead: "يبدأ زيارة", "ويلتقي خلال زيارته", "زيارته المرتقبة". */
    private static boolean ahead(Sentence s, int visit) {
        for (int k = 0; k < s.tokens.size() && k <= visit + AHEAD_REACH; k++) {
            if (s.clause[k] == s.clause[visit] && (VISIT_AHEAD.contains(s.word(k)) || s.bareOrAfterAnd(k, VISIT_AHEAD))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The town or city a visit goes to, right after it: with ل ("زيارته لبرلين") or after إلى, a settlement
     * word between ("زيارتها إلى العاصمة عمان"); a country is more often the partner than the venue.
     */
    private static Arguments.Place visited(Sentence s, int visit, List<Arguments.Place> places) {
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            if (tok <= visit || tok > visit + 3 || p.geoPrecision() >= COUNTRY || s.clause[tok] != s.clause[visit]) {
                continue;
            }
            int start = s.doc.fromOriginal(p.span().start());
            String lead = s.doc.text().substring(s.tokens.get(tok).start(), Math.max(s.tokens.get(tok).start(), start));
            boolean direct = tok == visit + 1 && TO_PROCLITIC.contains(lead);
            boolean after = TO.contains(s.word(tok - 1)) && tok == visit + 2
                    || tok == visit + 3 && TO.contains(s.word(visit + 1))
                    && EventWords.standard().is("settlement", s.word(tok - 1));
            if (direct || after) {
                return p;
            }
        }
        return null;
    }

    private static boolean heldBySomeone(Sentence s, int occasion, SentenceArguments a, EventWords words) {
        for (int v = occasion - 1; v >= Math.max(0, occasion - HOLDER); v--) {
            if (s.clause[v] != s.clause[occasion]) {
                return false;
            }
            String bare = s.afterProclitic(v, CliticSplitter.CONJUNCTIONS);
            if (words.is("holding_verb", s.word(v)) || bare != null && words.is("holding_verb", bare)) {
                for (ActorMention m : a.actors()) {
                    int tok = s.tokenOf(m.span());
                    if (!m.outlet() && tok > v && tok < occasion) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * The first place after في or ب in the occasion's phrase ("مؤتمرا صحفيا مع ولي العهد السعودي الأمير محمد
     * بن سلمان في العاصمة باريس"), which ends at a comma, at a word of topic, at إن/أن or where a cue
     * of what is said or planned starts ("خلال اجتماع لمجلس الأمن باستخدام القوة في حال ...": a condition);
     * quotes do not end it ("في مؤتمر بعنوان "المؤثرين" في القدس").
     */
    private static Arguments.Place placeAfter(Sentence s, int occasion, List<Arguments.Place> places) {
        boolean[] cue = new boolean[s.tokens.size()];
        for (EventCues.Cue c : s.cues) {
            cue[c.tokenStart()] |= CONTENT.contains(c.kind());
        }
        for (int j = occasion + 1; j < s.tokens.size() && s.clause[j] == s.clause[occasion]; j++) {
            if (TOPIC.contains(s.word(j)) || THAT.contains(s.word(j)) || cue[j] || s.commaBefore(j)) {
                return null;
            }
            for (Arguments.Place p : places) {
                if (s.tokenOf(p.span()) == j && p.geoPrecision() < COUNTRY && locative(s, j, p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** "في باريس", "في العاصمة باريس", "في مدينة إسطنبول", "بباريس": the place stands right after في or ب. */
    static boolean locative(Sentence s, int tok, Arguments.Place p) {
        int start = s.doc.fromOriginal(p.span().start());
        String lead = s.doc.text().substring(s.tokens.get(tok).start(), Math.max(s.tokens.get(tok).start(), start));
        if (AT_PROCLITIC.contains(lead)) {
            return true;
        }
        if (tok > 0 && AT.contains(s.word(tok - 1))) {
            return true;
        }
        return tok > 1 && EventWords.standard().is("settlement", s.word(tok - 1)) && AT.contains(s.word(tok - 2));
    }

    /** The actors named before the venue: the speakers and their hosts, not those spoken of after it. */
    private static Set<String> speakers(List<ActorMention> actors, int before) {
        Set<String> out = new HashSet<>();
        for (ActorMention m : actors) {
            if (!m.outlet() && m.actorId() != null && m.span().start() < before) {
                out.add(m.actorId());
            }
        }
        return out;
    }
}
