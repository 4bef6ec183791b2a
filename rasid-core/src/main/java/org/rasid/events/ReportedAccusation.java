package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * A party that tells another's violent act accuses it: "قال دي ميستورا إن الجيش السوري ألقى عددا كبيرا من
 * البراميل المتفجرة على الزبداني", "قال محققون من الأمم المتحدة إن قوات النظام السوري أطلقت غاز الكلور". The act
 * stays the event it is; the speaker's words are also a disapproval (CAMEO 11) of the side the act names as its
 * actor1 (docs/annotation.md: "accuse"). The content opens with that side, its subject ("إن الجيش السوري ألقى");
 * a side named further on belongs to a circumstance of another matter ("أن القافلة أرجئت بعد تعرض المدينة لقصف
 * من القوات النظامية"). Not when the speaker only relays its own side's act or an outlet's news
 * ({@link SpeechStatement#relays}), is that side, or is civilians: rescuers and residents witness what they tell.
 */
final class ReportedAccusation {
    /** How far after إن/أن the content's subject may start. */
    private static final int SUBJECT_REACH = 2;

    private final Arguments args;

    ReportedAccusation(Arguments args) {
        this.args = args;
    }

    /**
     * The violent event of the speech verb's content that names the side it accuses: the first event a violent
     * candidate of the verb's clause or of its content's clause gave with the content's subject as actor1; null
     * when none did.
     */
    static Event act(Sentence s, TriggerMention verb, Map<Candidate, List<Event>> gave, List<RoledActor> actors) {
        int open = SpeechStatement.opener(s, verb);
        RoledActor subject = open < 0 ? null : subject(s, open, actors);
        if (subject == null) {
            return null;
        }
        int clause = s.clause[verb.tokenStart()];
        int content = s.clause[open];
        for (Map.Entry<Candidate, List<Event>> e : gave.entrySet()) {
            Candidate c = e.getKey();
            int at = s.clause[c.t().tokenStart()];
            if (c.verbal() || !c.t().trigger().isViolent() || c.t().tokenStart() <= open
                    || at != clause && at != content) {
                continue;
            }
            for (Event ev : e.getValue()) {
                if (subject.id().equals(ev.actor1()) && ev.evidence().part("actor1") != null) {
                    return ev;
                }
            }
        }
        return null;
    }

    /**
     * The side that opens the content, right after إن/أن or the quote's first word, or after a head word of
     * event_words.tsv {@code unit_head} ("إن قوات الجيش التركي قصفت"); null when none does.
     */
    private static RoledActor subject(Sentence s, int open, List<RoledActor> actors) {
        for (RoledActor r : actors) {
            if (r.token() > open && r.token() <= open + SUBJECT_REACH && headsOnly(s, open + 1, r.token())
                    && !r.m().outlet() && r.id() != null) {
                return r;
            }
        }
        return null;
    }

    private static boolean headsOnly(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!EventWords.standard().is("unit_head", s.word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker's statements as accusations of the act's side: CAMEO 11, actor2 the act's actor1 with its
     * words as evidence; none when the speaker is that side or civilians.
     */
    List<Event> of(List<Event> statements, Event act) {
        List<Event> out = new ArrayList<>();
        for (Event st : statements) {
            if (st.actor1() == null || st.actor1().equals(act.actor1()) || args.civilian(st.actor1())) {
                continue;
            }
            out.add(st.withSidesAndDate(st.actor1(), act.actor1(), st.eventDate(), st.timePrecision(),
                    withAccused(st.evidence(), act.evidence().part("actor1"))));
        }
        return out;
    }

    /** The statement's evidence with the accused's words as its actor2 part (one sentence: same offsets). */
    private static Evidence withAccused(Evidence ev, Evidence.Part accused) {
        return ev.withParts("actor2", List.of(new Evidence.Part("actor2", accused.start(), accused.end(), accused.text())));
    }
}
