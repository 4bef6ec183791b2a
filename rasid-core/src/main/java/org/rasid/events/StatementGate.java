package org.rasid.events;

import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;

/**
 * Which verbal triggers report an act of the article's news. The ways Arabic mentions a
 * statement or meeting without reporting it:
 * <ul>
 * <li>a recalled statement, "وكان الوزير قد حذر", "وكانت موسكو قالت": background, optional by
 *     the guidelines (a recalled meeting is an event of its own day);</li>
 * <li>a meeting noun that only sets the scene of another act: "أكدوا خلال الاجتماع", "قبيل
 *     اللقاء", "دعت إلى اجتماع" (the act is the appeal);</li>
 * <li>a meeting asked for, decided or intended: "طلبت عقد اجتماع", "يعتزم إجراء محادثات" ({@link #aimed}),
 *     or to come: "أن اللقاء سيعقد في القدس" ({@link #planned});</li>
 * <li>a definite meeting noun governed by another word: "اتهم ... بإعاقة المحادثات", "طلبهم التفاوض",
 *     "تعثر المباحثات", "بالرغم من المحادثات": the article marks a meeting the reader knows, and the
 *     word before it makes it the object of something else. It is reported after a preposition, after
 *     أن ("أكد أن الاجتماع ناقش"), after a word of its course ("عقد الاجتماع", "أعمال الاجتماع",
 *     "توقف المفاوضات": event_words.tsv meeting_verb) or with a relative clause ("الاجتماع الذي جرى").</li>
 * </ul>
 */
final class StatementGate {
    /** Prepositions after which a meeting is the time or aim of another act, not the act reported. */
    private static final Set<String> SETTING = Particles.words("setting_preposition");
    /** Proclitics that make a meeting noun the object of a preposition ("بالمفاوضات", "للقاء"). */
    private static final Set<String> GOVERNED = Particles.words("governing_proclitic");
    /** Prepositions after which a definite meeting noun is the meeting itself (the rest: event_words.tsv). */
    private static final Set<String> FRAMES = Particles.words("frame_word");
    /** The conjunctions a word may carry before a preposition ("وخلال"). */
    private static final String AND_OR_THEN = CliticSplitter.CONJUNCTIONS;
    private static final String ARTICLE = CliticSplitter.ARTICLE;
    /** The proclitic of purpose ("لإجراء محادثات"). */
    private static final char LAM = CliticSplitter.LAM.charAt(0);
    /** How far after a meeting noun its verb may stand: the noun's genitive and adjective first. */
    private static final int PREDICATE = 3;
    /** How far back in its clause سبق أن may open a recalled report. */
    private static final int RECALL_REACH = 8;
    /** أن after a recall verb ("سبق أن", "وسبق وأن"). */
    private static final Set<String> THAT = Particles.words("recalled_that");

    private StatementGate() {
    }

    /**
     * Whether a verbal candidate reports an act: not recalled, not a meeting named as a setting, not
     * said by an analyst, a writer or an activist.
     */
    static boolean reports(Sentence s, Candidate c) {
        return refusal(s, c) == null;
    }

    /** The rule that keeps a verbal candidate from being reported (StatementFate reasons), or null. */
    static String refusal(Sentence s, Candidate c) {
        TriggerMention t = c.t();
        if (recalled(s, t)) {
            return "recalled";
        }
        if (meetingNoun(t)) {
            String why = setting(s, t) ? "meeting-setting" : referred(s, t) ? "meeting-referred"
                    : aimed(s, t) ? "meeting-aimed" : planned(s, t) ? "meeting-planned" : null;
            if (why != null) {
                return why;
            }
        }
        if (SpeechContent.byNonParty(s, t)) {
            return "non-party";
        }
        return isParticiple(t) && !circumstantial(s, t) ? "participle-not-circumstantial" : null;
    }

    /** A trigger that is a participle of state (triggers.tsv need {@code participle}: "متهما", "داعيا"). */
    static boolean isParticiple(TriggerMention t) {
        return t.trigger().needs().contains("participle");
    }

    /**
     * "قال ...، متهما النظام بـ": a participle of state tells the act of the sentence's subject only as
     * the head of its own stretch, after a comma; elsewhere it is a noun or an adjective ("بإعدام 75
     * متهما", "الجهات المتهمة").
     */
    static boolean circumstantial(Sentence s, TriggerMention t) {
        int i = t.tokenStart();
        if (i == 0 || !t.prefix().isEmpty() || definite(s.word(i))) {
            return false;
        }
        return s.commaBefore(i);
    }

    /** "بإعاقة المحادثات", "أن اللقاء": a definite meeting noun after a word that neither frames nor holds it. */
    static boolean referred(Sentence s, TriggerMention t) {
        int i = t.tokenStart();
        if (i == 0 || !definite(s.word(i)) || s.isRelative(t.tokenEnd())) {
            return false;
        }
        String before = s.word(i - 1);
        if (before.length() > 2 && AND_OR_THEN.indexOf(before.charAt(0)) >= 0) {
            before = before.substring(1);
        }
        return !FRAMES.contains(before) && !EventWords.standard().is("meeting_verb", before);
    }

    /**
     * "طلبت عقد اجتماع عاجل", "يعتزم إجراء محادثات", "دعت إلى عقد اجتماع", "مستعدة لإجراء مفاوضات": an
     * indefinite meeting noun held by a verbal noun of holding (event_words.tsv holding_noun) is what
     * someone asks for, decides or intends, not a meeting held. With ل it is an aim, and the meeting
     * is held only when a journey to it is told before in its clause ("وصل ظريف إلى دمشق لإجراء محادثات").
     */
    static boolean aimed(Sentence s, TriggerMention t) {
        int i = t.tokenStart();
        if (i == 0 || definite(s.word(i)) || !t.prefix().isEmpty()) {
            return false;
        }
        EventWords words = EventWords.standard();
        String before = s.word(i - 1);
        if (words.is("holding_noun", before)) {
            return true;
        }
        if (before.length() < 3 || before.charAt(0) != LAM || !words.is("holding_noun", before.substring(1))) {
            return false;
        }
        int clause = s.clause[i];
        for (int k = i - 2; k >= 0 && s.clause[k] == clause; k--) {
            if (words.is("arrival_verb", s.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "أن اللقاء سيعقد في القدس", "اجتماع الهيئة العامة سيبحث الملف": a meeting noun whose verb, a few
     * words on in its clause, is future is a meeting to come.
     */
    static boolean planned(Sentence s, TriggerMention t) {
        int clause = s.clause[t.tokenStart()];
        int to = Math.min(s.tokens.size(), t.tokenEnd() + PREDICATE);
        for (int i = t.tokenEnd(); i < to && s.clause[i] == clause; i++) {
            if (ModalityClassifier.futureVerb(s.word(i), EventWords.standard())) {
                return true;
            }
        }
        return false;
    }

    /** "المفاوضات", "والمحادثات", "بالاجتماع", "للقاء": the article behind at most two proclitics. */
    /** "المفاوضات", "والمحادثات", "بالاجتماع", "للقاء": the article behind the proclitics, not ال inside a word. */
    private static boolean definite(String w) {
        return CliticSplitter.definite(w);
    }

    static boolean recalled(Sentence s, TriggerMention t) {
        if (previously(s, t)) {
            return true;
        }
        if (CameoRoot.MEETING.equals(t.trigger().cameo())) {
            return false; // a meeting recalled with its own day is background coded with that day
        }
        return s.pluperfectBefore(t.tokenStart());
    }

    /**
     * "إذ سبق أن زارها سبع مرات", "وسبق أن جرت مفاوضات": سبق (event_words.tsv recall_verb) with أن
     * before the act in its clause tells what happened before, not the news.
     */
    static boolean previously(Sentence s, TriggerMention t) {
        int clause = s.clause[t.tokenStart()];
        for (int i = Math.max(1, t.tokenStart() - RECALL_REACH); i < t.tokenStart(); i++) {
            if (s.clause[i] == clause && EventWords.standard().is("recall_verb", s.word(i - 1))
                    && THAT.contains(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean meetingNoun(TriggerMention t) {
        return CameoRoot.MEETING.equals(t.trigger().cameo()) && "N".equals(t.trigger().pos());
    }

    private static boolean setting(Sentence s, TriggerMention t) {
        // "الاجتماع الذي جرى في بصرى" describes the meeting itself
        if (s.isRelative(t.tokenEnd())) {
            return false;
        }
        String prefix = t.prefix().replace(ARTICLE, "");
        // "خلال لقائه مع ميركل": a setting that names the other party tells a meeting held (MeetingWithParty)
        return GOVERNED.contains(prefix) || t.tokenStart() > 0 && SETTING.contains(s.word(t.tokenStart() - 1))
                && !MeetingWithParty.names(s, t);
    }

    /**
     * Whether a meeting the gate let through as the setting of another act that names its party ("خلال لقائه
     * مع ميركل") is a setting after all once its actors are known: a side meeting its own people ("خلال اجتماع
     * مع قادة عسكريين") or a party the text does not name is no meeting of two sides ({@link MeetingWithParty}).
     */
    static boolean settingWithoutParty(Sentence s, Candidate c, ActorAssignment who) {
        TriggerMention t = c.t();
        return meetingNoun(t) && !s.isRelative(t.tokenEnd()) && !GOVERNED.contains(t.prefix().replace(ARTICLE, ""))
                && t.tokenStart() > 0 && SETTING.contains(s.word(t.tokenStart() - 1)) && MeetingWithParty.names(s, t)
                && !MeetingWithParty.twoSides(who);
    }
}
