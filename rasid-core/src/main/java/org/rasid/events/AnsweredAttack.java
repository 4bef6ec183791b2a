package org.rasid.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rasid.text.CliticSplitter;

/**
 * The attack a reaction answers. A story names an attack with its place ("هجوم كيماوي على دوما")
 * and then tells the reactions to it without the place: "ونفت دمشق الهجوم", "وأدانت فرنسا الضربات",
 * "نفت سوريا شن أي هجوم كيماوي", "عن قصف بغازات سامة، الأمر الذي سارعت دمشق إلى نفيه". The gold
 * places such a denial, consultation, condemnation, accusation, demand, threat or inquiry (CAMEO 01,
 * 04, 09-13) at the attack it answers, the place the act is about (docs/annotation.md, Place). A reaction is read
 * as answering one only when its own words refer back to it: a definite attack noun after the act
 * (and after its speaker) in its clause (event_words.tsv {@code attack_reference}, also after "أي", {@code
 * reference_determiner}), or "الأمر الذي" just before it ({@code event_pronoun}). The attacks are the
 * violent triggers told before the act, in its sentence or an earlier one of the story, each with the
 * Syrian place of its clause; the reaction takes their place when they are all at one, else the one
 * place of those told with its own noun ("نفى الأسد الأمر بالهجوم" after "هجوم كيماوي على خان
 * شيخون" and "قصفت الولايات المتحدة مطار الشعيرات"), else none. A story may lead with the reaction and
 * tell the attack after it: a reaction that names one attack ({@code single_attack_reference}: "لهذا
 * الاستهداف", "ردا على الهجوم الكيماوي") when no placed attack was told before takes the one place of the
 * attacks told after it. The story's matter named again with no
 * attack noun ({@code matter_reference}: "نفت موسكو الاتهامات", "بإعاقة المحادثات") refers back too, and
 * when the attacks are at several places it answers the one the story keeps naming (its focus), the
 * story's subject. A statement that refers to nothing
 * stays as placed. One instance reads one story, in order.
 */
final class AnsweredAttack {
    /** The CAMEO roots of reactions to an attack; talks about it (04) too, where no venue is told. */
    private static final Set<String> REACTIONS = Set.of(CameoRoot.STATEMENT, CameoRoot.MEETING, CameoRoot.INQUIRY, CameoRoot.DEMAND,
            CameoRoot.DISAPPROVAL, CameoRoot.REJECTION, CameoRoot.THREAT);
    /** How far after the act (words, in its clause) the noun referring back may stand. */
    private static final int REACH = 12;
    /** How far after the act its speaker may open (a date between: "اتهم الأربعاء المفوض"). */
    private static final int SPEAKER_GAP = 2;
    /** How far before the act "الأمر الذي" may stand: "الأمر الذي سارعت دمشق إلى نفيه". */
    private static final int PRONOUN_REACH = 6;
    /** How far from an attack's trigger (words, in its clause) its place may stand. */
    private static final int PLACE_REACH = 8;
    private static final String SYRIA = "SY-";

    private final EventWords words;
    /** The attacks told with a Syrian place in the sentences read so far. */
    private final List<Told> told = new ArrayList<>();
    /** Each sentence of the story (by identity) and the attacks it tells, read ahead of the coding. */
    private final Map<SentenceArguments, Integer> order = new IdentityHashMap<>();
    private final List<List<Told>> ahead = new ArrayList<>();

    /** One attack told: its place (null when its clause names none in Syria) and its noun's stem ("هجوم", "ضربات"). */
    private record Told(Arguments.Place place, String stem) {
    }

    AnsweredAttack(EventWords words) {
        this.words = words;
    }

    /**
     * Reads the attacks of every sentence of the story before any is coded: a reaction told first
     * ("أن روسيا تتحمل المسؤولية لهذا الاستهداف") may answer an attack the story tells only after it.
     */
    void foresee(List<SentenceArguments> sentences, List<List<TriggerMention>> found) {
        for (int k = 0; k < sentences.size(); k++) {
            order.put(sentences.get(k), k);
            ahead.add(attacks(sentences.get(k), found.get(k), Integer.MAX_VALUE));
        }
    }

    /** Whether a verbal act of this CAMEO code is a reaction to an attack (or talks about it). */
    static boolean reaction(String cameo) {
        return cameo != null && REACTIONS.contains(cameo.substring(0, Math.min(2, cameo.length())));
    }

    /** The Syrian places of the attacks the story tells, in its order (read ahead by {@link #foresee}). */
    List<Arguments.Place> toldPlaces() {
        return placed().map(Told::place).toList();
    }

    /** The stems of the attack nouns the story tells at a place ("هجوم" of "هجوم كيميائي في دوما"). */
    Set<String> toldStems(Arguments.Place at) {
        return placed().filter(t -> t.place().locationAr().equals(at.locationAr())).map(Told::stem)
                .collect(Collectors.toSet());
    }

    /** The attacks told ahead that have a place, in the order told. */
    private Stream<Told> placed() {
        return ahead.stream().flatMap(List::stream).filter(t -> t.place() != null);
    }

    /** Reads a coded sentence's attacks. */
    void read(SentenceArguments a, List<TriggerMention> found) {
        told.addAll(attacks(a, found, Integer.MAX_VALUE));
    }

    /**
     * The placement of a verbal act: the place of the attack it answers when it is a reaction its
     * sentence does not place and its words refer back to an attack; else {@code where}.
     */
    Placement answer(SentenceArguments a, TriggerMention t, String cameo, List<TriggerMention> found,
                     Placement where) {
        return answer(a, t, cameo, found, where, null, null);
    }

    /**
     * As above; when the attacks told are at several places and the noun names none of them, the
     * reaction answers the story's {@code focus}, the place it keeps naming, when an attack was told there.
     * The words of the act's {@code speaker} (actor1, or null) right after it do not count in the reach
     * of the noun.
     */
    Placement answer(SentenceArguments a, TriggerMention t, String cameo, List<TriggerMention> found,
                     Placement where, Arguments.Place focus, RoledActor speaker) {
        if (where == null || where.inSentence() || where.places().size() != 1 || cameo == null
                || !REACTIONS.contains(cameo.substring(0, Math.min(2, cameo.length())))
                || where.places().get(0).admin1() != null) {
            return where;
        }
        String noun = reference(a.sentence(), t, speaker);
        if (noun == null) {
            return where;
        }
        List<Told> before = new ArrayList<>(told);
        before.addAll(attacks(a, found, t.tokenStart()));
        Arguments.Place attack = one(before, null);
        if (attack == null) {
            // "مطار الشعيرات" struck after "هجوم كيماوي على خان شيخون": the noun names which ("نفى الهجوم")
            attack = one(before, noun);
        }
        if (attack == null && noun.isEmpty()) {
            // the talks or charges, named with no attack noun, are the story's subject: its focus
            attack = at(before, focus);
        }
        if (attack == null && !noun.isEmpty() && words.is("single_attack_reference", CliticSplitter.ARTICLE + noun)
                && before.stream().allMatch(b -> b.place() == null)) {
            // no attack placed before it: the reaction leads, the story tells the attack after it
            attack = one(later(a, t, found), null);
        }
        return attack == null ? where : new Placement(List.of(attack), false, true);
    }

    /**
     * The one place the attacks told are at (with a stem, those told with that noun), or null when
     * they are at several: the reference cannot tell which it answers.
     */
    private static Arguments.Place one(List<Told> attacks, String stem) {
        Arguments.Place only = null;
        for (Told a : attacks) {
            if (a.place() == null || stem != null && !stem.equals(a.stem())) {
                continue;
            }
            if (only != null && !only.locationAr().equals(a.place().locationAr())) {
                return null;
            }
            if (only == null) {
                only = a.place();
            }
        }
        return only;
    }

    /** The attack told at the story's focus (its own place mention), or null. */
    private static Arguments.Place at(List<Told> attacks, Arguments.Place focus) {
        if (focus == null) {
            return null;
        }
        for (Told a : attacks) {
            if (a.place() != null && focus.placeId() != null && focus.placeId().equals(a.place().placeId())) {
                return a.place();
            }
        }
        return null;
    }

    /**
     * The stem of the attack noun the act's words refer back with ("" for "الأمر الذي"), or null. Arabic
     * puts the speaker right after the verb, and a speaker named with title, body and name ("اتهم
     * القيادي في جيش الإسلام محمد علوش الجمعة أنصار الحكومة بإعاقة المحادثات") pushes the object past the
     * reach: the reach counts from the end of the speaker's mention when it opens right after the act.
     */
    private String reference(Sentence s, TriggerMention t, RoledActor speaker) {
        int clause = s.clause[t.tokenStart()];
        int n = s.tokens.size();
        int from = speaker != null && speaker.token() >= t.tokenEnd() && speaker.token() - t.tokenEnd() <= SPEAKER_GAP
                ? Math.max(t.tokenEnd(), speaker.tokenEnd()) : t.tokenEnd();
        for (int k = t.tokenEnd(); k < Math.min(n, from + REACH) && s.clause[k] == clause; k++) {
            String stem = attackNoun(s, k);
            if (stem != null) {
                return stem;
            }
        }
        for (int k = t.tokenStart() - 1; k >= Math.max(0, t.tokenStart() - PRONOUN_REACH)
                && s.clause[k] == clause; k--) {
            if (words.is("event_pronoun", s.word(k)) && s.isRelative(k + 1)) {
                return "";
            }
        }
        return null;
    }

    /** "الهجوم", "بالضربات", "والمجزرة"; or "هجوم" right after "أي": the noun's stem, or null. */
    private String attackNoun(Sentence s, int k) {
        boolean any = k > 0 && words.is("reference_determiner", s.word(k - 1));
        for (CliticSplitter.Reading r : s.tokens.get(k).readings(false)) {
            if (r.hadArticle() && words.is("matter_reference", r.withArticle())) {
                // the talks or charges the story's attacks are about: no one attack named
                return "";
            }
            if (r.hadArticle() ? words.is("attack_reference", r.withArticle())
                    : any && r.prefixLength() == 0 && words.is("attack_reference", CliticSplitter.ARTICLE + r.stem())) {
                return r.stem();
            }
        }
        return null;
    }

    /** The attacks told after the act: later in its sentence, then in the story's later sentences. */
    private List<Told> later(SentenceArguments a, TriggerMention t, List<TriggerMention> found) {
        List<Told> out = new ArrayList<>();
        for (TriggerMention m : found) {
            if (m.trigger().isViolent() && m.tokenStart() >= t.tokenEnd()) {
                out.add(new Told(placeOf(a, m), stem(a.sentence(), m)));
            }
        }
        Integer k = order.get(a);
        for (int j = k == null ? ahead.size() : k + 1; j < ahead.size(); j++) {
            out.addAll(ahead.get(j));
        }
        return out;
    }

    /** The violent triggers ending before token {@code before}, each with the Syrian place of its clause or null. */
    private static List<Told> attacks(SentenceArguments a, List<TriggerMention> found, int before) {
        List<Told> out = new ArrayList<>();
        for (TriggerMention m : found) {
            if (!m.trigger().isViolent() || m.tokenEnd() > before) {
                continue;
            }
            out.add(new Told(placeOf(a, m), stem(a.sentence(), m)));
        }
        return out;
    }

    /** The first word of a trigger without its clitics and article: "والهجوم" → "هجوم". */
    private static String stem(Sentence s, TriggerMention m) {
        List<CliticSplitter.Reading> readings = s.tokens.get(m.tokenStart()).readings(false);
        CliticSplitter.Reading r = readings.get(readings.size() - 1);
        return r.stem();
    }

    /** The Syrian place nearest an attack's trigger in its clause: after it ("على دوما"), else before it. */
    private static Arguments.Place placeOf(SentenceArguments a, TriggerMention m) {
        Sentence s = a.sentence();
        int clause = s.clause[m.tokenStart()];
        Arguments.Place after = null;
        Arguments.Place before = null;
        int afterGap = Integer.MAX_VALUE;
        int beforeGap = Integer.MAX_VALUE;
        for (Arguments.Place p : a.places()) {
            int tok = p.span() == null ? -1 : s.tokenOf(p.span());
            if (tok < 0 || s.clause[tok] != clause || p.admin1() == null || !p.admin1().startsWith(SYRIA)) {
                continue;
            }
            if (tok >= m.tokenEnd() && tok - m.tokenEnd() < Math.min(PLACE_REACH, afterGap)) {
                after = p;
                afterGap = tok - m.tokenEnd();
            } else if (tok < m.tokenStart() && m.tokenStart() - tok <= Math.min(PLACE_REACH, beforeGap)) {
                before = p;
                beforeGap = m.tokenStart() - tok;
            }
        }
        return after != null ? after : before;
    }
}
