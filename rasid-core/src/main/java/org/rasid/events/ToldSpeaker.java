package org.rasid.events;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * The speaker a speech verb with no subject of its own takes from the story's last statement (issue
 * 14). Arabic names a speaker in full once and goes on with the bare verb ("قال وزير الخارجية ...
 * إن ... . وقال إن ...", "وذكرت الوزارة ...، وقالت:") or with the surname just told ("وقال مروة إن");
 * the verb's ending says the speaker's gender and number, so it takes the last speaker only when they
 * agree. It never reaches past a statement of another named speaker (a speech verb with words of its
 * own before its content forgets), nor past the story: one instance reads one story, in order. The
 * speaker keeps the evidence of its earlier mention.
 */
final class ToldSpeaker {
    /** Endings of a past verb whose subject is a woman or a body named by a feminine noun ("قالت"). */
    private static final Set<String> FEMININE = Particles.words("feminine_verb_ending");
    /** Endings of a past verb whose subject is many ("قالوا"). */
    private static final Set<String> PLURAL = Particles.words("plural_verb_ending");
    /** Prepositions a verbal act takes before what it says ("وحذر من أن"): they name nobody. */
    private static final Set<String> COMPLEMENT = Particles.words("act_complement");
    /** Prepositions that open a verbal act's object right after it ("ودعا إلى", "كما حذر من"). */
    private static final Set<String> OBJECT = Particles.words("act_object");
    /** The same written on the next word ("كما طالب بتحديد ممرات", "دعا لوقف"). */
    private static final String OBJECT_PROCLITICS = String.join("", Particles.words("act_object_proclitic"));
    /** "…، كما طالب": the verb after it keeps the subject of the verb before it. */
    private static final Set<String> CONTINUING = Particles.words("continuing_conjunction");

    private ActorAssignment last;
    private String agreement;
    /** The day and place of the last speaker's coded statement: what its continuation goes on with. */
    /** The opener of what a bare speech verb of the sentence goes on quoting of the last speaker ("وأضاف أن"), or -1. */
    private int continuedFrom = -1;
    /** The actors lent to the last act said in such a continued quote. */
    private ActorAssignment lent;
    private Dating heldWhen;
    private Placement heldWhere;
    /** The words that named the last speaker after its verb: a later surname among them is that speaker. */
    private final Set<String> named = new HashSet<>();
    /** The actors the story has quoted so far. */
    private final Set<String> heard = new HashSet<>();

    /** Reads a sentence's speech verbs before it is coded: one naming a speaker of its own ends the thread. */
    void read(Sentence s, List<TriggerMention> found, List<Arguments.Date> dates) {
        continuedFrom = -1;
        for (TriggerMention v : found) {
            // "وأضاف X أن": a verb that only goes on quoting names no new speaker of its own
            if (SpeechStatement.isSpeech(v) && !SpeechStatement.continues(v) && !bare(s, v, dates)) {
                forget();
            }
        }
        for (TriggerMention v : found) {
            if (last != null && continuedFrom < 0 && SpeechStatement.isSpeech(v) && bare(s, v, dates)
                    && agreement.equals(agreement(s.word(v.tokenStart())))) {
                continuedFrom = SpeechStatement.opener(s, v);
            }
        }
    }

    /**
     * The actors of a verbal candidate: those the sentence gave, remembered as the last speaker's, or
     * for a bare speech verb whose gender agrees the last speaker's; null when there are none.
     */
    ActorAssignment follow(Sentence s, Candidate c, ActorAssignment who, List<Arguments.Date> dates) {
        TriggerMention v = c.t();
        if (SpeechStatement.continues(v)) {
            return continued(s, v, who, dates);
        }
        boolean speakers = who == null || who.a1() == null || last != null && Objects.equals(who.actor1(), last.actor1());
        if (continuedFrom >= 0 && v.tokenStart() > continuedFrom && StatementGrouper.said(c.cameo()) && speakers) {
            // "وأضاف أن بلاده ستشن ضربات": what the content of the last speaker's continued quote says is his
            // act; a meeting or a strike it tells is not
            boolean other = who != null && who.a2() != null && !Objects.equals(who.actor2(), last.actor1());
            lent = new ActorAssignment(last.a1(), other ? who.a2() : null, last.actor1(),
                    other ? who.actor2() : null, List.of());
            return lent;
        }
        if (who != null) {
            if (who.a1() != null && "V".equals(v.trigger().pos())) {
                last = new ActorAssignment(who.a1(), null, who.actor1(), null, List.of());
                heldWhen = null;
                heldWhere = null;
                agreement = agreement(s.word(v.tokenStart()));
                named.clear();
                int open = SpeechStatement.opener(s, v);
                int to = SpeechStatement.isSpeech(v) && open >= 0 ? open : who.a1().tokenEnd();
                for (int i = v.tokenEnd(); i < to && i < s.tokens.size(); i++) {
                    named.add(s.word(i));
                }
            }
            return who;
        }
        EventCues.Cue verb = QuotedSpeaker.verb(s, v);
        if (last != null && verb != null && QuotedSpeaker.heard(s, v) && QuotedSpeaker.pointsBack(s, verb, v)
                && agreement.equals(agreement(s.word(verb.tokenStart())))) {
            return last; // "وأضاف المسؤول، أن روسيا تتحمل المسؤولية": the official told of before says it
        }
        if (!bare(s, v, dates) && !goesOn(s, v)) {
            forget(); // "وحذر الأمين العام ... من": a speaker named but not known; what follows is his
            return null;
        }
        // "وحذر من أن ...": a verbal act goes on with the last speaker as a speech verb does
        boolean said = SpeechStatement.isSpeech(v) || v.trigger().isVerbal() && "V".equals(v.trigger().pos());
        if (last == null || !said || !agreement.equals(agreement(s.word(v.tokenStart())))) {
            return null;
        }
        return last;
    }

    /**
     * The speaker of a verb that only goes on quoting ("وأضاف أن", "وتابعت"): the last speaker when the
     * verb agrees with it and names nobody else; never a speaker of its own, so that "وأضاف X أن" opens
     * no statement and leaves the held one as it is.
     */
    private ActorAssignment continued(Sentence s, TriggerMention v, ActorAssignment who, List<Arguments.Date> dates) {
        if (last == null || !agreement.equals(agreement(s.word(v.tokenStart())))) {
            return null;
        }
        boolean same = bare(s, v, dates) || who != null && who.a1() != null
                && Objects.equals(who.actor1(), last.actor1());
        return same ? last : null;
    }

    /** Whether the story quotes this speaker for the first time; remembers it either way. */
    boolean firstHeard(ActorAssignment who) {
        return who != null && who.actor1() != null && heard.add(who.actor1());
    }

    /** A statement refused (said by no party, recalled): what follows is not the last speaker's. */
    void forget() {
        last = null;
        heldWhen = null;
        heldWhere = null;
        named.clear();
    }

    /**
     * Remembers where and when the statement of a speaker named in its own sentence was coded, so that
     * the sentences going on quoting it ("وأضاف أن", "وتابع") are read as the same statement.
     */
    void coded(ActorAssignment who, Dating when, Placement where) {
        if (who != last && who != lent && who.a1() != null && last != null && last.a1() == who.a1()) {
            heldWhen = when;
            heldWhere = where;
        }
    }

    /**
     * The day of a continued statement: a sentence that goes on quoting the last speaker with no day of
     * its own tells the day of the statement it continues (docs/annotation.md: one event per statement,
     * at its strongest act), not the story's.
     */
    Dating when(ActorAssignment who, Dating own) {
        // the day only: its mention and evidence stand in the other sentence
        return (who == last || who == lent) && heldWhen != null && (own == null || own.mention() == null)
                ? new Dating(null, heldWhen.date(), heldWhen.precision(), null) : own;
    }

    /** The place of a continued statement that its sentence does not place: that of the statement it continues. */
    Placement where(ActorAssignment who, Placement own) {
        return (who == last || who == lent) && heldWhere != null && (own == null || !own.inSentence())
                ? new Placement(heldWhere.places(), false) : own;
    }

    /**
     * Whether the verb opens its clause or goes on with و/ف, and only marks, a day ("وقال، الثلاثاء، إن") or the words that named the last speaker stand
     * between a speech verb and its content.
     */
    private boolean bare(Sentence s, TriggerMention v, List<Arguments.Date> dates) {
        int open = SpeechStatement.opener(s, v);
        int at = v.tokenStart();
        // "قصر الإليزيه ... صرح أن": a verb inside its clause may have its subject before it
        boolean opensClause = at == 0 || s.clause[at - 1] != s.clause[at] || !v.prefix().isEmpty();
        if (open < 0 || !opensClause) {
            return false;
        }
        Set<Integer> day = new HashSet<>();
        for (Arguments.Date d : dates) {
            int k = s.tokenOf(d.span());
            for (int i = k, e = s.tokenEndOf(d.span()); k >= 0 && i < e; i++) {
                day.add(i);
            }
        }
        for (int i = v.tokenEnd(); i < open; i++) {
            String w = s.word(i);
            boolean complement = i == v.tokenEnd() && !SpeechStatement.isSpeech(v) && COMPLEMENT.contains(w);
            if (w.codePoints().anyMatch(Character::isLetter) && !named.contains(w) && !day.contains(i) && !complement) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verbal act (not a speech verb) names no subject of its own and goes on with the speaker
     * before it: it opens its clause (with و, or after "كما") and a preposition that opens its object
     * stands right after it ("دعا مبعوث الأمم المتحدة ... إلى توجيه إنذار للمسلحين، كما طالب بتحديد
     * ممرات"), so no subject stands between.
     */
    private static boolean goesOn(Sentence s, TriggerMention v) {
        int at = v.tokenStart();
        int next = v.tokenEnd();
        if (SpeechStatement.isSpeech(v) || !v.trigger().isVerbal() || !"V".equals(v.trigger().pos())
                || next >= s.tokens.size()) {
            return false;
        }
        boolean opens = at == 0 || s.clause[at - 1] != s.clause[at] || !v.prefix().isEmpty()
                || CONTINUING.contains(s.word(at - 1));
        return opens && (OBJECT.contains(s.word(next)) || written(s, next));
    }

    /** Whether word i carries one of the object prepositions written on it ("بتحديد", "بالإفراج", "لوقف"). */
    private static boolean written(Sentence s, int i) {
        String w = s.word(i);
        if (w.isEmpty() || OBJECT_PROCLITICS.indexOf(w.charAt(0)) < 0) {
            return false;
        }
        for (org.rasid.text.CliticSplitter.Reading r : s.tokens.get(i).readings(false)) {
            if (r.prefixLength() >= 1 && r.stem().length() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** "f", "p" or "m" by the verb's ending. */
    static String agreement(String verb) {
        if (PLURAL.stream().anyMatch(verb::endsWith)) {
            return "p";
        }
        return FEMININE.stream().anyMatch(verb::endsWith) ? "f" : "m";
    }
}
