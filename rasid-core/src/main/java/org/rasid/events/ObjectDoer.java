package org.rasid.events;

/**
 * The agent of the act a statement is about: "أدان ترامب الهجوم الذي شنته قوات النظام على دوما", "أدانت فرنسا
 * الهجوم الكيماوي على دوما من قبل قوات النظام". An agent cue (event_cues.tsv {@code agent}: شنته، من قبل) after a
 * verbal trigger, with the object act between them, names who did that act: the side the statement is aimed at,
 * its actor2, never its speaker; before the trigger it names no speaker either ("دان لودريان الهجوم الذي شنته
 * القوات الحكومية، ودعا مجلس الأمن للاجتماع": France called, not the army). Right after the trigger (at most {@link #OWN_GAP} words between it and the agent)
 * the cue names the verbal act's own doer ("التهديدات التي أطلقتها واشنطن", "الإدانة من قبل فرنسا").
 */
final class ObjectDoer {
    /** "التهديدات التي أطلقتها واشنطن": the relative pronoun and the cue lie between a verbal noun and its doer. */
    private static final int OWN_GAP = 2;
    /** "للبراميل المتفجرة التي تسقط على مدينة الزبداني من قبل": the words at most from the act noun to its agent. */
    private static final int ACT_GAP = 10;

    private ObjectDoer() {
    }

    /** Whether an agent of a verbal trigger's clause did the act the statement is about, not the statement. */
    static boolean of(Sentence s, TriggerMention t, RoledActor agent, EventWords words) {
        boolean own = agent.token() >= t.tokenEnd() && agent.token() - t.tokenEnd() <= OWN_GAP;
        return t.trigger().isVerbal() && !own && s.clause[agent.token()] == s.clause[t.tokenStart()]
                && actBefore(s, t, agent, words);
    }

    /**
     * An act noun (event_words.tsv {@code addressed_act}: الهجوم، القصف، البراميل) at most {@link #ACT_GAP} words
     * before the agent, not the trigger itself: the agent cue names the doer of that act ("الهجوم الذي شنته"),
     * not of a distrust or a proposal ("عدم ثقة من قبل الحرس الثوري", "الحل الذي اقترح من قبل الجيش").
     */
    private static boolean actBefore(Sentence s, TriggerMention t, RoledActor agent, EventWords words) {
        for (int i = agent.token() - 1; i >= 0 && agent.token() - i <= ACT_GAP; i--) {
            if ((i < t.tokenStart() || i >= t.tokenEnd()) && AdjectiveAddressee.act(s, i, words)) {
                return true;
            }
        }
        return false;
    }
}
