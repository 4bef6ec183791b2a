package org.rasid.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;

/**
 * What a speaker says as the act itself. Arabic reports a statement as a speech verb, its speaker
 * and the content after إن/أن ("قال ترامب إنه سيتم دفع ثمن باهظ", "أعلن رئيس الوزراء الفرنسي أن
 * حلفاء النظام يتحملون مسؤولية خاصة"), or as a verbal act whose object is the content ("حذرت
 * واشنطن الأسد من عواقب وخيمة"). Triggers that need "said" (triggers.tsv) are such content: a
 * threat or an accusation worded as what will or may happen. They code the speaker's act, so
 * the future, condition or expectation inside the content does not cancel them, and actor1 is
 * the speaker, not the subject of the content.
 */
final class SpeechContent {
    /** The words that open the content of a speech verb (إن/أن with or without a pronoun or ب). */
    private static final Set<String> OPENERS = Particles.words("complementizer");
    /** Attached pronouns of the third person ("أنه", "أنهم"): the speaker as the subject of what is said. */
    private static final Set<String> THIRD_PERSON = Particles.words("third_person_suffix");
    /** Prepositions before an actor of a speaker's title: where the speaker serves ("مدير المكتب في لبنان"). */
    private static final Set<String> SERVES_AT = Particles.words("office_preposition");
    /** Of them, those that before a body make the title one of its members ("مسؤول في وزارة الخارجية"). */
    private static final Set<String> MEMBER_OF = Particles.words("member_preposition");
    /** How far before a verbal noun its subject may stand ("وجه ناشطون فلسطينيون في لبنان نداء"). */
    private static final int NOUN_SUBJECT = 5;
    /** How far after a speech verb a speaker's title may stand ("قال المحلل العسكري الروسي"). */
    private static final int TITLE = 3;
    /** The words that join a definite title to the body it speaks for ("المتحدث باسم"). */
    private static final Set<String> TITLE_LINKS = Particles.words("title_link");
    /** The colon that opens a quotation; it also ends a clause (Sentence), so the quote is the next clause. */
    private static final char COLON = ':';
    /** The marks that open a quotation. */
    private static final String QUOTES = "\"«“";

    private SpeechContent() {
    }

    /**
     * Whether t stands in what someone says: after a speech verb (a report cue, "قال", "أعلن") and
     * an opener of its content (إن/أن), or after another verbal act of the sentence ("حذر ... من").
     */
    static boolean said(Sentence s, TriggerMention t, List<TriggerMention> all) {
        for (TriggerMention v : all) {
            if (v != t && v.trigger().isVerbal() && !v.trigger().needs().contains("said")
                    && v.tokenEnd() <= t.tokenStart()) {
                return true;
            }
        }
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= t.tokenStart() && opened(s, c.tokenEnd(), t.tokenStart())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word opens the content of a speech verb: إن/أن with or without a pronoun or ب. */
    static boolean opens(String word) {
        return OPENERS.contains(word);
    }

    private static boolean opened(Sentence s, int from, int to) {
        return opener(s, from, to) >= 0;
    }

    /** The first token from {@code from} before {@code to} that opens the content (إن/أن, a quotation), or -1. */
    static int opener(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (opens(s.word(i)) || i > from && quoted(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a quotation opens at token i: a colon and a quotation mark before it ("قال لافروف: \"لن
     * نسمح\""). Arabic news gives a speaker's own words after a colon as often as after إن/أن.
     */
    static boolean quoted(Sentence s, int i) {
        if (i <= 0 || i >= s.tokens.size()) {
            return false;
        }
        String gap = s.gapBefore(i);
        int colon = gap.indexOf(COLON);
        if (colon < 0) {
            return false;
        }
        // "قال بيان للجيش، الجمعة: إن قوة من الجيش أوقفت": without a quotation mark the colon only
        // stands for a comma before an opener, and the report is the act told after it
        for (int k = colon + 1; k < gap.length(); k++) {
            if (QUOTES.indexOf(gap.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** إن/أن with the speaker as its pronoun ("أعلن أنه سيشن"): the content tells the speaker's own act. */
    static boolean opensWithSpeaker(String word) {
        return opens(word) && THIRD_PERSON.stream().anyMatch(word::endsWith);
    }

    /**
     * The speaker of a speech verb ("قال", "أعلن"): the first actor after it and before the content
     * ("قال وزير الدفاع الإسرائيلي أفيغدور ليبرمان إن"), else the actor right before it ("البيت
     * الأبيض أعلن"). None when the one who speaks is no party: an analyst, a writer, an activist
     * ("قال المحلل العسكري الروسي"), whose nationality names no act of a state.
     */
    static RoledActor speakerOf(Sentence s, TriggerMention v, List<RoledActor> actors, Predicate<String> place) {
        int open = SpeechStatement.opener(s, v);
        // the title may follow the name: "قالت آريان طباطبائي الخبيرة في الشؤون الإيرانية أن"
        if (byNonParty(s, v) || open > 0 && titledNonParty(s, v.tokenEnd(), open)) {
            return null;
        }
        int clause = s.clause[v.tokenStart()];
        RoledActor before = null;
        for (RoledActor a : actors) {
            boolean speaks = (a.role() == RoledActor.Role.REPORTER || a.role() == RoledActor.Role.NONE)
                    && !a.m().outlet() && a.canAct();
            if (!speaks || s.clause[a.token()] != clause
                    || a.token() > v.tokenEnd() && servesAt(s, a, place)) {
                continue;
            }
            if (a.token() >= v.tokenEnd() && (open < 0 || a.tokenEnd() <= open)) {
                return a;
            }
            if (a.tokenEnd() <= v.tokenStart() && v.tokenStart() - a.tokenEnd() <= 1
                    && !FrontedAdjunct.holds(s, a, v)) {
                before = a;
            }
        }
        return before;
    }

    /**
     * The speaker of a verbal act whose verb a title follows ("حذر وزير خارجية تركيا من", "دعا سفير
     * باريس لدى الأمم المتحدة موسكو", "دعا المتحدث باسم الحكومة الأردنية"): Arabic puts the subject
     * right after the verb, so the first actor of the title's phrase (event_words.tsv speaker_title) is
     * the one who speaks, and what follows is the one addressed. The phrase is a chain of genitives of
     * at most three words ("وزير خارجية تركيا"); a definite title stands alone ("ناشدت الوزارة
     * المتظاهرين") unless a link (باسم, ل) joins the body it speaks for. Null when no actor of the
     * phrase can speak, or when the first one is where the speaker serves ("المدير في لبنان").
     */
    static RoledActor titledSpeaker(Sentence s, TriggerMention t, List<RoledActor> actors, Predicate<String> place) {
        int head = t.tokenEnd();
        if (!"V".equals(t.trigger().pos()) || head >= s.tokens.size()
                || !EventWords.standard().is("speaker_title", s.word(head))) {
            return null;
        }
        boolean definite = s.word(head).startsWith(CliticSplitter.ARTICLE);
        for (RoledActor a : actors) {
            if (a.token() < head || s.clause[a.token()] != s.clause[head]) {
                continue;
            }
            int gap = a.token() - head;
            boolean inPhrase = gap == 0 || gap <= TITLE && !servesAt(s, a, place)
                    && (!definite || linked(s, head + 1, a.token()) || memberOf(s, a, place));
            boolean speaks = (a.role() == RoledActor.Role.REPORTER || a.role() == RoledActor.Role.NONE)
                    && !a.m().outlet() && a.canAct();
            return inPhrase && speaks ? a : null;
        }
        return null;
    }

    /**
     * Whether the actor after a title is where its bearer serves ("سفير المملكة في اليمن", "مدير المكتب في
     * لبنان"): after an office preposition, unless that preposition makes him a member of a body that is
     * no land nor city ("مسؤول في وزارة الخارجية الأمريكية", "القيادي في جيش الإسلام").
     */
    static boolean servesAt(Sentence s, RoledActor a, Predicate<String> place) {
        int prep = before(s, a);
        return prep >= 0 && SERVES_AT.contains(s.word(prep)) && !memberOf(s, a, place);
    }

    /**
     * A member's title (event_words.tsv member_title) at most this many words before the preposition: the
     * title may name the member's office first ("مسؤول مكتب العلاقات العامة في", "عضو المكتب السياسي في").
     */
    private static final int MEMBER_TITLE = 4;

    private static boolean memberOf(Sentence s, RoledActor a, Predicate<String> place) {
        int prep = before(s, a);
        if (prep < 0 || !MEMBER_OF.contains(s.word(prep)) || place.test(a.m().surface())) {
            return false;
        }
        for (int i = prep - 1; i >= Math.max(0, prep - MEMBER_TITLE); i--) {
            if (EventWords.standard().is("member_title", s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** The token before an actor, past an opening quotation mark ("القيادي في \"جيش الإسلام\""), or -1. */
    private static int before(Sentence s, RoledActor a) {
        int i = a.token() - 1;
        while (i > 0 && !s.word(i).isEmpty() && QUOTES.indexOf(s.word(i).charAt(0)) >= 0) {
            i--;
        }
        return i;
    }

    /** "المتحدث باسم الحكومة", "المستشار القانوني للجيش الحر": a link to the body a definite title speaks for. */
    private static boolean linked(Sentence s, int from, int actor) {
        for (int i = from; i < actor; i++) {
            if (TITLE_LINKS.contains(s.word(i))) {
                return true;
            }
        }
        return s.word(actor).startsWith(CliticSplitter.LAM_ARTICLE);
    }

    /**
     * Whether a verbal act is said by no party of the conflict: its verb, or the speech verb whose
     * content holds it, has an analyst, a writer, a journalist or an activist right after it
     * ("قال المحلل السياسي", "وقال الناشط في مدينة درعا ... يرفض الطرف الروسي"): event_words.tsv
     * non_party. Their words are opinion or testimony, not a state's or a faction's act.
     */
    static boolean byNonParty(Sentence s, TriggerMention t) {
        if (titledNonParty(s, t.tokenEnd())) {
            return true;
        }
        // a verbal noun follows its subject: "وجه ناشطون فلسطينيون في لبنان نداء"
        int from = Math.max(0, t.tokenStart() - NOUN_SUBJECT);
        if ("N".equals(t.trigger().pos()) && s.clause[from] == s.clause[t.tokenStart()]
                && titledNonParty(s, from, t.tokenStart())) {
            return true;
        }
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= t.tokenStart() && titledNonParty(s, c.tokenEnd())) {
                return true;
            }
        }
        return false;
    }

    private static boolean titledNonParty(Sentence s, int from) {
        return titledNonParty(s, from, from + TITLE);
    }

    private static boolean titledNonParty(Sentence s, int from, int to) {
        for (int i = from; i < Math.min(s.tokens.size(), to); i++) {
            if (ofKind(s.word(i), "non_party", AND)) {
                return true;
            }
        }
        return false;
    }

    private static final String AND = String.valueOf(Sentence.AND);
    private static final String AND_OR_LAM = AND + CliticSplitter.LAM;
    /** ACLED inter codes of the sides that fight by nature: state forces, rebels, militias. */
    private static final Set<Integer> FIGHTERS = Set.of(1, 2, 3);
    /**
     * How far after a speech verb its content opens ("قالت القيادة المشتركة لقوات التحالف في بيان: إن"):
     * an إن/أن further on opens what someone else says ("أعلنت الفرقة …، فيما تحدث المرصد عن أن").
     */
    private static final int SPEAKER_PHRASE = 12;
    /** How far before a strike noun its verb of carrying out may stand ("نفذت سبع ضربات"). */
    private static final int CARRIED_OUT_BEFORE = 2;

    /**
     * The side that reports its own strikes: an armed speaker whose content tells a strike carried
     * out with no agent, in the passive or without a subject ("قالت قيادة قوات التحالف في بيان: إن 12 غارة نُفذت
     * قرب الرقة"). A military command speaks of what it did without naming itself, so it is the
     * striker. Armed is a faction or a state's forces by its inter code, or a speaker named with an
     * armed body's word (event_words.tsv armed_body: قوات, الجيش, القيادة); a state or a monitor that
     * only reports a strike ("قالت واشنطن إن غارات استهدفت") is no striker.
     */
    static RoledActor reportingSide(Sentence s, TriggerMention t, List<RoledActor> actors, ToIntFunction<String> inter) {
        for (EventCues.Cue c : s.cues("report")) {
            int open = -1;
            int end = Math.min(t.tokenStart(), c.tokenEnd() + SPEAKER_PHRASE);
            for (int i = c.tokenEnd(); i < end && open < 0; i++) {
                open = opens(s.word(i)) ? i : -1;
            }
            if (c.tokenEnd() > t.tokenStart() || open < 0 || titledNonParty(s, c.tokenEnd(), open)
                    || !carriedOut(s, t)) {
                continue; // "قال المحلل العسكري": an analyst strikes nothing
            }
            for (RoledActor a : actors) {
                boolean voice = a.role() == RoledActor.Role.NONE || a.role() == RoledActor.Role.REPORTER
                        || a.role() == RoledActor.Role.RECIPIENT;
                if (a.token() >= c.tokenEnd() && a.tokenEnd() <= open && voice && !a.m().outlet() && a.canAct()) {
                    return armed(s, c.tokenEnd(), a, inter) ? a : null;
                }
            }
        }
        return null;
    }

    /**
     * Whether a verb of carrying out stands by the strike with no subject of its own ("17 ضربة جوية
     * نفذت", "كما نفذت سبع ضربات"): event_words.tsv carried_out. A strike told otherwise in a side's
     * statement ("أن الصواريخ أطلقت من سفن أمريكية", "قتلا في انفجار") may be someone else's.
     */
    private static boolean carriedOut(Sentence s, TriggerMention t) {
        int from = Math.max(0, t.tokenStart() - CARRIED_OUT_BEFORE);
        int to = Math.min(s.tokens.size(), t.tokenEnd() + 1);
        for (int i = from; i < to; i++) {
            if (s.clause[i] == s.clause[t.tokenStart()] && ofKind(s.word(i), "carried_out", AND)) {
                return true;
            }
        }
        return false;
    }

    private static boolean armed(Sentence s, int from, RoledActor a, ToIntFunction<String> inter) {
        if (FIGHTERS.contains(inter.applyAsInt(a.id()))) {
            return true;
        }
        for (int i = from; i < a.tokenEnd(); i++) {
            if (ofKind(s.word(i), "armed_body", AND_OR_LAM)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is of an event_words.tsv kind as written or after one of the one-letter proclitics given. */
    private static boolean ofKind(String w, String kind, String proclitics) {
        EventWords words = EventWords.standard();
        return words.is(kind, w)
                || w.length() > 3 && proclitics.indexOf(w.charAt(0)) >= 0 && words.is(kind, w.substring(1));
    }

    /**
     * The speaker: the first actor of the sentence before the content that is not a target, a
     * victim or the one addressed. Arabic puts the speaker right after the speech verb ("قال
     * الرئيس التركي لنظيره الروسي إن ...") or before it ("البيت الأبيض أعلن"), ahead of the content.
     */
    static RoledActor speaker(TriggerMention t, List<RoledActor> actors) {
        for (RoledActor a : actors) {
            if (a.tokenEnd() > t.tokenStart()) {
                break;
            }
            boolean speaks = a.role() == RoledActor.Role.REPORTER || a.role() == RoledActor.Role.NONE;
            if (speaks && !a.m().outlet() && a.canAct()) {
                return a;
            }
        }
        return null;
    }
}
