package org.rasid.events;

import org.rasid.lexicon.Particles;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement reported as plain speech: "قال وزير الدفاع الإسرائيلي إن بلاده ضربت ...", "أعلنت
 * الخارجية الروسية أن ...". Arabic reports what a party says with a speech verb (the triggers.tsv
 * rows that need {@code speech}), its speaker right after it (or before it: "البيت الأبيض أعلن")
 * and the content opened by the complementiser إن/أن. The statement is an event of its own,
 * CAMEO 01, only when the words say nothing stronger in its clause: a warning, a demand or a threat
 * is the act (StatementGrouper keeps the strongest act of a speaker), and a clash or a strike told
 * in the content is the event, the speaker only its source ("قال المرصد إن قوات النظام قصفت").
 * Speech verbs never take part in trigger selection, so they do not turn the event they report
 * into mere content. When the act told codes no event after all (no place, no side, a wounding),
 * the speech is the statement again ({@link #unanswered}), unless it only relays the act.
 *
 * <p>What is said gives the class: a violent act in the content that the sentence does not report
 * as having happened (announced, expected, alleged, denied) is the speaker's threat (13) when the
 * speaker's own side is to do it ("قال جونسون إن بلاده قد تشارك في الضربات", "أعلن أنه سيشن"),
 * else a warning or an accusation against another (11: "زعمت روسيا أن التحضير لهجوم كيماوي
 * مفبرك قد بدأ", "قال جيفري إن هناك دلائل على أن أسلحة كيماوية تحضر").
 */
final class SpeechStatement {
    /** The fate of a speech verb silenced by an act its clause tells (StatementFate). */
    static final String ACT_IN_CLAUSE = "act-in-clause";
    /** How far the complementiser may stand after the verb: the speaker's name, title, day and place. */
    private static final int REACH = 16;
    /** قد and لن before a verb: a modal or negated future, an act announced, not done. */
    private static final java.util.Set<String> MODALS = Particles.words("announcing_modal");

    /** How far after إن/أن (or the quote's first word) the content's subject may start: "أن القوات الجوية العراقية". */
    private static final int SUBJECT_REACH = 2;

    private final ModalityClassifier modality;

    SpeechStatement(ModalityClassifier modality) {
        this.modality = modality;
    }

    /** Whether a trigger is a speech verb: it codes a statement only through {@link #add}. */
    static boolean isSpeech(TriggerMention t) {
        return t.trigger().needs().contains("speech");
    }

    /**
     * Whether a speech verb only goes on quoting the last speaker ("وأضاف", "وتابعت"): it continues a
     * statement (ToldSpeaker) and never opens one of its own.
     */
    static boolean continues(TriggerMention t) {
        return t.trigger().needs().contains("continues");
    }

    /** The triggers of a sentence that name acts, without its speech verbs. */
    static List<TriggerMention> acts(List<TriggerMention> found) {
        List<TriggerMention> out = new ArrayList<>();
        for (TriggerMention t : found) {
            if (!isSpeech(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The chosen candidates with a CAMEO 01 statement for each clause that reports only speech. */
    List<Candidate> add(Sentence s, List<Candidate> chosen, List<TriggerMention> found) {
        return add(s, chosen, found, (v, stage, reason) -> { });
    }

    /** The same, telling {@code silenced} the stage and rule that keep each other speech verb from a statement. */
    List<Candidate> add(Sentence s, List<Candidate> chosen, List<TriggerMention> found, Silenced silenced) {
        List<Candidate> out = new ArrayList<>(chosen);
        List<TriggerMention> acts = acts(found);
        int lastClause = -1;
        for (TriggerMention v : found) {
            if (!isSpeech(v)) {
                continue;
            }
            int clause = s.clause[v.tokenStart()];
            if (clause == lastClause) {
                // "قال مصدر إن الوزير أكد أن ...": one report, the first verb's
                silenced.tell(v, StatementFate.SPEECH, "second-verb-of-clause");
                continue;
            }
            lastClause = clause;
            int open = opener(s, v);
            // "أعلنت فصائل مقاتلة التزامها بـ": no إن/أن, the content a noun of the speaker's stance
            AnnouncedNoun.Content noun = open < 0 ? AnnouncedNoun.of(s, v) : null;
            if (open < 0 && noun == null) {
                silenced.tell(v, StatementFate.SPEECH, "no-opener");
            } else if (noun != null && toldBefore(s, clause, noun.token(), chosen)) {
                silenced.tell(v, StatementFate.SPEECH, "noun-act-in-clause");
            } else if (noun == null && (told(s, clause, chosen) || told(s, s.clause[open], chosen))) {
                silenced.tell(v, StatementFate.SPEECH, ACT_IN_CLAUSE);
            } else {
                Modality m = modality.classify(s, v, acts);
                if (m != Modality.OCCURRED) {
                    silenced.tell(v, StatementFate.MODALITY, m.name().toLowerCase(java.util.Locale.ROOT));
                    continue;
                }
                // a continued quote's content words ("وأضاف أن إزالة الألغام") are its topic: only an act
                // told by a verb ("ستشن") gives it a class
                String cameo = noun != null ? AnnouncedNoun.classOf(s, noun, acts)
                        : contentClass(s, open, continues(v) ? told(acts) : acts, v.trigger().cameo());
                out.add(new Candidate(v, Modality.OCCURRED, null, null, cameo, CameoRoot.quadClass(cameo)));
            }
        }
        return out;
    }

    /**
     * The statements of the speech verbs that {@link #add} silenced only because an act of their clause was a
     * candidate, where none of the candidates that {@code gave} events is in that clause: "قالت الخارجية
     * الروسية، الثلاثاء، إن بضع عشرات من الروس أصيبوا في سوريا" reports a wounding that codes no event
     * (no place, no side), so what is news is that the ministry said it. The act told stays the event
     * whenever it is one: the speaker is then only its source. Not when the act is the speaker's own
     * ("أعلن الجيش أنه ألقى القبض", "قال اللواء إنه سيطر"): what is news there is the act, told or not;
     * nor when the act is verbal ("قال البيت الأبيض إن ترامب تحدث عبر الهاتف مع ماي"): a meeting or a
     * call reported is that meeting, not a statement of its reporter.
     */
    List<Candidate> unanswered(Sentence s, List<Candidate> chosen, List<Candidate> gave, List<TriggerMention> found) {
        List<Candidate> out = new ArrayList<>();
        List<TriggerMention> acts = acts(found);
        int lastClause = -1;
        for (TriggerMention v : found) {
            if (!isSpeech(v) || s.clause[v.tokenStart()] == lastClause) {
                continue;
            }
            int clause = s.clause[v.tokenStart()];
            lastClause = clause;
            int open = opener(s, v);
            if (open < 0 || !(told(s, clause, chosen) || told(s, s.clause[open], chosen))
                    || told(s, clause, gave) || told(s, s.clause[open], gave)
                    || SpeechContent.opensWithSpeaker(s.word(open)) || verbalIn(s, clause, s.clause[open], chosen)
                    || modality.classify(s, v, acts) != Modality.OCCURRED) {
                continue;
            }
            // the act was told as done: the speaker reports it, and neither threatens nor accuses by it
            String cameo = StatementStance.of(s, open, v.trigger().cameo());
            out.add(new Candidate(v, Modality.OCCURRED, null, null, cameo, CameoRoot.quadClass(cameo)));
        }
        return out;
    }

    /**
     * Whether a speech verb that {@link #unanswered} gave back only relays news: an outlet speaks ("أعلنت
     * وكالة أنباء فارس أن الحرس الثوري شن"), or the content's first party is the speaker's own
     * ("أعلنت الحكومة العراقية أن قواتها الجوية شنت غارات", "قال الجيش الإسرائيلي: تمكن جيش الدفاع
     * الإسرائيلي من تدمير"): the act reported is the news, and a statement of it is none.
     */
    static boolean relays(Sentence s, TriggerMention v, List<RoledActor> actors, String speaker) {
        int open = opener(s, v);
        if (open + 1 < s.tokens.size() && EventWords.standard().is("own_side", s.word(open + 1))) {
            return true; // "أن قواتها الجوية شنت"
        }
        for (RoledActor r : actors) {
            if (r.token() >= v.tokenEnd() && r.token() < open && r.m().outlet()) {
                return true;
            }
        }
        // the content's subject opens it; a party told further on ("إن بضع عشرات من الروس أصيبوا") is no subject
        for (RoledActor r : actors) {
            if (r.token() > open && r.token() <= open + SUBJECT_REACH && !r.m().outlet()) {
                return r.id() != null && r.id().equals(speaker);
            }
        }
        return false;
    }

    /** Whether a verbal candidate (a meeting, a call, an appeal) stands in either clause. */
    private static boolean verbalIn(Sentence s, int clause, int content, List<Candidate> chosen) {
        for (Candidate c : chosen) {
            int at = s.clause[c.t().tokenStart()];
            if (c.verbal() && (at == clause || at == content)) {
                return true;
            }
        }
        return false;
    }

    /** The acts of a list told by a verb, not named by a noun. */
    private static List<TriggerMention> told(List<TriggerMention> acts) {
        List<TriggerMention> out = new ArrayList<>();
        for (TriggerMention t : acts) {
            if (!"N".equals(t.trigger().pos())) {
                out.add(t);
            }
        }
        return out;
    }

    /** Where a speech verb's statement was lost (StatementFate). */
    interface Silenced {
        void tell(TriggerMention v, String stage, String reason);
    }

    /** The token of إن/أن that opens what the verb reports, in its clause and near it; -1 if none. */
    static int opener(Sentence s, TriggerMention v) {
        int clause = s.clause[v.tokenStart()];
        for (int i = v.tokenEnd(); i < s.tokens.size() && i - v.tokenEnd() < REACH; i++) {
            if (s.clause[i] != clause) {
                // "قال لافروف: \"...\"": the quotation after a colon is the content, in the next clause
                return SpeechContent.quoted(s, i) ? i : -1;
            }
            if (SpeechContent.opens(s.word(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * 13 for a violent act of the speaker's own side in the content, 11 for another's, else the class its
     * words of disapproval or rejection give ({@link StatementStance}), else the verb's class.
     */
    static String contentClass(Sentence s, int open, List<TriggerMention> acts, String plain) {
        int clause = s.clause[open];
        for (TriggerMention t : acts) {
            if (t.tokenStart() > open && s.clause[t.tokenStart()] == clause && t.trigger().isViolent()
                    && !t.trigger().isOutcome()) {
                return ownSide(s, open, t.tokenStart()) ? CameoRoot.THREAT : CameoRoot.DISAPPROVAL;
            }
        }
        return StatementStance.of(s, open, plain);
    }

    /** "إنه سيشن", "إن بلاده قد تشارك": the content's subject is the speaker or the speaker's state. */
    private static boolean ownSide(Sentence s, int open, int act) {
        if (SpeechContent.opensWithSpeaker(s.word(open)) && open + 1 < act && announces(s.word(open + 1))) {
            return true; // "أنها اتهامات": the pronoun is the content's topic, not an announced act
        }
        // "إن عمليتنا": the act's own word may carry the speaker's side
        for (int i = open + 1; i <= act; i++) {
            if (EventWords.standard().is("own_side", s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** "سيشن", "ستنفذ", "قد", "لن": a future or modal verb opening an announced act. */
    private static boolean announces(String w) {
        return w.length() > 3 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0 || MODALS.contains(w);
    }

    /**
     * Whether a trigger of the clause before token {@code at} codes what is said or done: an act after an
     * announced noun is what the noun is about ("أعلن الحرس الثوري مسؤوليته عن إطلاق الصواريخ"), coded
     * as itself beside the speaker's stance on it.
     */
    private static boolean toldBefore(Sentence s, int clause, int at, List<Candidate> chosen) {
        for (Candidate c : chosen) {
            if (s.clause[c.t().tokenStart()] == clause && c.t().tokenStart() < at) {
                return true;
            }
        }
        return false;
    }

    /** Whether another trigger of the clause already codes what is said or done. */
    private static boolean told(Sentence s, int clause, List<Candidate> chosen) {
        for (Candidate c : chosen) {
            if (s.clause[c.t().tokenStart()] == clause) {
                return true;
            }
        }
        return false;
    }
}
