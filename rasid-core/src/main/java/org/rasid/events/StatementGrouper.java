package org.rasid.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.rasid.actors.ActorMention;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * One verbal event per speaker and statement in a story: a minister's warning quoted over four
 * sentences ("حذر ..." then "وأضاف ..." then "وتابع محذرا ...") is one warning, not four. What one
 * speaker says in a story is one statement of the strongest act it holds (the guidelines: "a
 * warning that also threatens is 13"): "سوريا تدين الاحتلال ... وتطالب القوات الغازية بالانسحاب"
 * is one demand (10), not a condemnation and a demand. Statement acts rank by how hostile they are
 * on CAMEO's (Goldstein) scale, not by their root's number (docs/annotation.md, decisions on the
 * validation parts): 01 statement < 02 appeal < 11 disapprove < 12 reject < 10 demand < 13
 * threaten; a meeting, an agreement or sanctions are acts of their own and group only with their
 * own class.
 * Of the sentences that carry an act, the first that ties it to a place gives the event (else
 * the first). A stronger act the confidence model puts under the cut does not take over a statement
 * that passes it (the veto Russia cast is not lost to a doubted warning of the same story).
 * A meeting is one event whoever is named first in each mention ({@link MeetingGrouper}).
 * Violent events pass through untouched, in their order. A speaker quoted on two days the story
 * names made two statements ({@link StatementUnity}), and so did two of its voices told apart in acts of two
 * classes ({@link StatementVoice}).
 */
final class StatementGrouper {
    /** The CAMEO roots of what is said, as opposed to what is done (meet, sign, sanction). */
    private static final Set<String> SAID = Set.of(CameoRoot.STATEMENT, CameoRoot.APPEAL, CameoRoot.DEMAND, CameoRoot.DISAPPROVAL,
            CameoRoot.REJECTION, CameoRoot.THREAT);
    /** The roots of what is said from the mildest to the most hostile (Goldstein): 10 outranks 11 and 12. */
    private static final List<String> HOSTILITY = List.of(CameoRoot.STATEMENT, CameoRoot.APPEAL, CameoRoot.DISAPPROVAL, CameoRoot.REJECTION,
            CameoRoot.DEMAND, CameoRoot.THREAT);

    private StatementGrouper() {
    }

    /** Whether a CAMEO root is of what is said (a statement, appeal, demand, warning, rejection, threat). */
    static boolean said(String cameo) {
        return SAID.contains(cameo);
    }

    /** How hostile an act of what is said is; other roots (a meeting, sanctions) keep their order. */
    static int hostility(String cameo) {
        int rank = HOSTILITY.indexOf(cameo);
        return rank >= 0 ? rank : HOSTILITY.size() + cameo.compareTo(CameoRoot.THREAT);
    }

    /** Whether a statement's speaker is named in an earlier sentence it goes on quoting (ToldSpeaker). */
    private static boolean continued(Event e) {
        Evidence ev = e.evidence();
        Evidence.Part speaker = ev == null ? null : ev.part("actor1");
        return speaker != null && speaker.start() < ev.start();
    }

    static List<Event> group(List<Event> events, MeetingGrouper meetings) {
        return group(events, meetings, List.of(), c -> true);
    }

    /**
     * The story's events grouped; {@code mentions} are the story's actor mentions, which tell the
     * person or office that speaks ({@link ActorMention#speaker()}): two officials of one state
     * ("ترامب" and "وزير الدفاع الأمريكي") make two statements, while a statement given to the state or
     * a body ("روسيا", "الكرملين") goes on with whoever of it speaks. {@code shown} tells whether a
     * confidence passes the cut below which events are left out: a statement shown at one coding is
     * never re-coded to an act under the cut, so folding never loses it.
     */
    static List<Event> group(List<Event> events, MeetingGrouper meetings, List<ActorMention> mentions,
                             DoublePredicate shown) {
        Map<Integer, String> speakerAt = new HashMap<>();
        for (ActorMention m : mentions) {
            if (m.speaker() != null) {
                speakerAt.putIfAbsent(m.span().start(), m.actorId() + "|" + m.speaker());
            }
        }
        Map<String, List<Integer>> kept = new LinkedHashMap<>();
        Map<Integer, String> speakerOf = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.acledType() != null || e.actor1() == null) {
                out.add(e);
                continue;
            }
            boolean said = SAID.contains(e.cameo());
            String key = e.actor1() + "|" + (said ? "said" : e.cameo());
            List<Integer> held = kept.computeIfAbsent(key, k -> new ArrayList<>());
            String speaker = said ? speaker(e, speakerAt) : null;
            // the speaker's statement this one goes on with, that of its own day first: another day told
            // is another statement, and so is what another official of the same side says
            // a party's meeting told at another place is another meeting (MeetingGrouper.elsewhere)
            Integer at = held.stream().filter(i -> !meetings.elsewhere(out.get(i), e))
                    .filter(i -> !said || StatementUnity.one(out.get(i), e)
                            && (speaker == null || speakerOf.get(i) == null || speaker.equals(speakerOf.get(i)))
                            && (sameSubject(out.get(i), e) || !StatementVoice.apart(out.get(i), e)))
                    .min(Comparator.comparing(i -> !Objects.equals(out.get(i).eventDate(),
                            e.eventDate())))
                    .orElse(null);
            if (at != null && speaker != null) {
                speakerOf.putIfAbsent(at, speaker);
            }
            if (at == null) {
                int meeting = meetings.retold(out, e);
                if (meeting >= 0) {
                    if (meetings.better(e, out.get(meeting))) {
                        out.set(meeting, e);
                    }
                    held.add(meeting);
                    continue;
                }
                held.add(out.size());
                if (speaker != null) {
                    speakerOf.put(out.size(), speaker);
                }
                out.add(e);
                continue;
            }
            Event first = out.get(at);
            // so is an act that shares the held statement's subject ("دعا المبعوث ...، كما طالب بـ")
            Event coded = continued(e) || sameSubject(first, e)
                    ? e.withConfidence(Math.max(e.confidence(), first.confidence())) : e;
            // a hostile word the model doubts must not take over a statement already sure enough to be
            // shown: the whole statement would sink below the cut and be lost
            boolean sinks = shown.test(first.confidence()) && !shown.test(coded.confidence());
            int stronger = Integer.compare(hostility(e.cameo()), hostility(first.cameo()));
            // a continued quote places nothing of its own: its place is the statement's it continues
            if (!sinks && (stronger > 0
                    || stronger == 0 && first.admin1() == null && e.admin1() != null && !continued(e))) {
                // one statement at its strongest act: a sentence going on quoting the speaker ("وأضاف أن")
                // is as sure as the statement it continues
                out.set(at, coded);
            }
            // one meeting told twice: the mention kept takes the other party the folded one names
            out.set(at, MetParty.fill(out.get(at), out.get(at) == first ? e : first));
        }
        // "أجرى اتصالا هاتفيا مع نظيره التركي أعرب خلاله عن أمله": an appeal to the other party is the call's
        return CounterpartAppeal.fold(out);
    }

    /** Whether two acts have their speaker in the same words ("دعا مبعوث الأمم المتحدة ...، كما طالب بـ"). */
    private static boolean sameSubject(Event held, Event e) {
        Evidence.Part a = held.evidence() == null ? null : held.evidence().part("actor1");
        Evidence.Part b = e.evidence() == null ? null : e.evidence().part("actor1");
        return a != null && b != null && a.start() == b.start() && a.end() == b.end();
    }

    /** The person or office who speaks in a statement, by its actor1 words; null for a state or body. */
    private static String speaker(Event e, Map<Integer, String> speakerAt) {
        Evidence.Part actor1 = e.evidence() == null ? null : e.evidence().part("actor1");
        String at = actor1 == null ? null : speakerAt.get(actor1.start());
        return at != null && at.startsWith(e.actor1() + "|") ? at : null;
    }
}
