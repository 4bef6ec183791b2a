package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.actors.ActorMention;
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

    private final TriggerLexicon lexicon;

    GovernmentSeat(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The sentence's actor mentions with the home seats that are the subject of a verbal verb, in order. */
    List<ActorMention> speakers(Sentence s, List<TriggerMention> found, List<ActorMention> actors) {
        List<ActorMention> out = null;
        for (TriggerMention t : found) {
            int at = t.tokenEnd();
            if (!speaksBy(t) || at >= s.tokens.size() || !EventWords.standard().is("home_seat", s.word(at))) {
                continue;
            }
            if (accused(s, t, at)) {
                continue;
            }
            Token tok = s.tokens.get(at);
            Span span = s.original(tok.start(), tok.end());
            if (actors.stream().anyMatch(m -> m.span().overlaps(span))) {
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
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
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
        if (!tr.isVerbal() || !"V".equals(tr.pos()) || "04".equals(tr.cameo()) || p.length() < 3
                || p.indexOf(' ') >= 0) {
            return false;
        }
        return p.charAt(p.length() - 1) == TA
                || p.charAt(0) == TA && lexicon.singleWord(YA + p.substring(1)).contains(tr);
    }
}
