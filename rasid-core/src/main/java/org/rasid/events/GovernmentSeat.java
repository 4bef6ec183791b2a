package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.rasid.actors.ActorMention;
import org.rasid.lexicon.Particles;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * The home government named by its seat: "واتهمت دمشق إسرائيل بتكرار الخروقات", "ونفت سوريا شن أي
 * هجوم", "أعلنت دمشق أنها ردت الوسام". Arabic news names a state by its capital or its own name as
 * the subject of what it says. Other states' capitals are actor aliases (موسكو, أنقرة), but Damascus
 * and Syria are above all places in Syrian news, so only in the subject's place do they name the
 * government: right after a verb of saying or a verbal act (event_words.tsv home_seat), in the
 * feminine that agrees with a city or a country. A masculine verb ("واتهم سوريا") has its subject
 * told before, and the seat after it is its object; a visit or a meeting ("زارت دمشق") goes to the
 * seat, which stays a place.
 */
final class GovernmentSeat {
    /** The government a home seat names. */
    static final String HOME = "SYR_GOV";
    private static final char TA = 'ت';
    private static final char YA = 'ي';
    /** The preposition that introduces a charge ("بتنفيذه"). */
    private static final char BA = 'ب';
    /** CAMEO root of a threat. */
    /** How far after the trigger the seat aimed at may stand (subject, date and commas between). */
    private static final int REACH = 10;
    /** Prepositions before the target of a threatened act ("ضد سوريا", "على سوريا"). */
    private static final Set<String> AGAINST = Particles.words("threat_target_preposition");

    private final TriggerLexicon lexicon;

    GovernmentSeat(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The sentence's actor mentions with the home seats that are the subject of a verbal verb, in order. */
    List<ActorMention> speakers(Sentence s, List<TriggerMention> found, List<ActorMention> actors) {
        return withSeats(s, found, actors, t -> speakerAt(s, t));
    }

    /** The token of the home seat right after a verbal verb that speaks by its subject, or -1. */
    private int speakerAt(Sentence s, TriggerMention t) {
        int hastened = hastenedAt(s, t);
        if (hastened >= 0) {
            return hastened;
        }
        int at = t.tokenEnd();
        if (!speaksBy(t) || at >= s.tokens.size() || !EventWords.standard().is("home_seat", s.word(at))) {
            return -1;
        }
        return accused(s, t, at) ? -1 : at;
    }

    /**
     * "سارعت دمشق إلى نفيه", "وبادرت سوريا إلى الرد": a verb of hastening (event_words.tsv hasten_verb)
     * has the seat as its subject and the verbal noun after "إلى" as what it hastened to say, so the
     * seat right before "إلى" and the noun speaks. The token of that seat, or -1.
     */
    private static int hastenedAt(Sentence s, TriggerMention t) {
        EventWords words = EventWords.standard();
        int at = t.tokenStart() - 2;
        if (!t.trigger().isVerbal() || at < 1 || !words.is("hasten_preposition", s.word(at + 1))
                || !words.is("home_seat", s.word(at)) || !words.is("hasten_verb", s.word(at - 1))) {
            return -1;
        }
        return at;
    }

    /**
     * The mentions with the home seats a threat or an accusation is aimed at: the direct object before
     * the charge or the threatened act ("اتهمت فرنسا وبريطانيا، الثلاثاء، سوريا بمحاولة إخفاء",
     * "هددت واشنطن دمشق باتخاذ إجراءات"), or the target of the act threatened
     * ("توعد ترامب باستهداف سوريا", "لا يستبعد استخدام القوة ضد سوريا"). A condemnation or a warning
     * about an attack on Syria ("دان الهجوم على سوريا") aims at the attacker, so only threats (CAMEO
     * 13) and accusations (event_words.tsv accusing_verb) read the frame.
     */
    List<ActorMention> addressed(Sentence s, List<TriggerMention> found, List<ActorMention> actors) {
        return withSeats(s, found, actors, t -> aimedAt(s, t));
    }

    /**
     * The mentions with a home-seat mention added at the token {@code seat} finds for each trigger (-1 for
     * none), unless a mention already covers it; in text order. The list itself when none is added.
     */
    private static List<ActorMention> withSeats(Sentence s, List<TriggerMention> found, List<ActorMention> actors,
                                                ToIntFunction<TriggerMention> seat) {
        List<ActorMention> out = null;
        for (TriggerMention t : found) {
            int at = seat.applyAsInt(t);
            if (at < 0) {
                continue;
            }
            Token tok = s.tokens.get(at);
            Span span = s.original(tok.start(), tok.end());
            if (actors.stream().anyMatch(m -> m.span().overlaps(span))
                    || out != null && out.stream().anyMatch(m -> m.span().overlaps(span))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(actors);
            }
            out.add(new ActorMention(span, HOME, span.of(s.doc.original()), false));
        }
        if (out == null) {
            return actors;
        }
        out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return out;
    }

    /** The token of the home seat a threat or an accusation aims at, or -1. */
    private int aimedAt(Sentence s, TriggerMention t) {
        EventWords words = EventWords.standard();
        boolean threat = CameoRoot.THREAT.equals(t.trigger().cameo());
        if (!t.trigger().isVerbal() || !threat && !words.is("accusing_verb", t.phrase())) {
            return -1;
        }
        // right after the verb the seat is its subject ("واتهمت دمشق إسرائيل"), the passive's accused
        // ("اتهمت دمشق بتنفيذه") or the object of a subject told before, which the sentence cannot tell
        // from a subject: only a seat past the words after the trigger is aimed at
        int from = t.tokenEnd() + 1;
        int clause = s.clause[t.tokenStart()];
        for (int i = from; i < Math.min(s.tokens.size(), t.tokenEnd() + REACH) && s.clause[i] == clause; i++) {
            if (!words.is("home_seat", s.word(i))) {
                continue;
            }
            boolean charge = i + 1 < s.tokens.size() && s.word(i + 1).length() > 2 && s.word(i + 1).charAt(0) == BA;
            String before = i > t.tokenEnd() ? s.word(i - 1) : "";
            boolean target = threat && (AGAINST.contains(before) || before.length() > 3 && before.charAt(0) == BA
                    && !words.is("direction", before.substring(1)));
            return charge || target ? i : -1;
        }
        return -1;
    }

    /**
     * "واتهمت دمشق بتنفيذه", "وحملت دمشق المسؤولية": the charge right after the seat. An accusation
     * (event_words.tsv accusing_verb) names the one accused before the charge, so with nothing between
     * them the seat is the one accused (the passive "اتُّهمت", or an object after a subject told before).
     */
    private static boolean accused(Sentence s, TriggerMention t, int at) {
        if (at + 1 >= s.tokens.size() || !EventWords.standard().is("accusing_verb", t.phrase())) {
            return false;
        }
        String next = s.word(at + 1);
        return next.length() > 2 && next.charAt(0) == BA || t.trigger().after().contains(next);
    }

    /** A verb of saying or a verbal act other than a meeting, in the feminine: "اتهمت", "نفت", "تتهم". */
    private boolean speaksBy(TriggerMention t) {
        Trigger tr = t.trigger();
        String p = t.phrase();
        if (!tr.isVerbal() || !"V".equals(tr.pos()) || CameoRoot.MEETING.equals(tr.cameo()) || p.length() < 3
                || p.indexOf(' ') >= 0) {
            return false;
        }
        return p.charAt(p.length() - 1) == TA
                || p.charAt(0) == TA && lexicon.singleWord(YA + p.substring(1)).contains(tr);
    }
}
