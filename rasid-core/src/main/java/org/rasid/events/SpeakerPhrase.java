package org.rasid.events;

/**
 * The speaker's phrase of a speech verb: the words between the verb and the opener of what is said ("وقال
 * الإعلام الحربي التابع لجماعة حزب الله اللبنانية إن صواريخ استهدفت", "وأضاف المرصد ومقره بريطانيا أن
 * الطائرات قصفت"), or the subject right before the verb. An act told in the content is done by whom the
 * content names, not by the speaker nor by an actor of the speaker's title, who only tells of it; unless the
 * opener carries the speaker's own pronoun ("قالت الوحدات إنها تخوض معارك"), where the speaker is the subject.
 */
final class SpeakerPhrase {
    /** How far after a speech verb an actor of its speaker's phrase may stand. */
    private static final int PHRASE = 12;

    private SpeakerPhrase() {
    }

    /** Whether actor a stands in the phrase of the speaker of a speech verb whose content holds the trigger t. */
    static boolean holds(Sentence s, RoledActor a, TriggerMention t) {
        if (a.tokenEnd() > t.tokenStart() || !spoken(s, a)) {
            return false;
        }
        int open = opener(s, a.tokenEnd(), t.tokenStart()); // the first opener after the speaker
        return open >= 0 && !SpeechContent.opensWithSpeaker(s.word(open));
    }

    /** The first word from {@code from} to {@code to} that opens the content (إن/أن, a quotation), or -1. */
    private static int opener(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SpeechContent.opens(s.word(i)) || SpeechContent.quoted(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A report verb (event_cues.tsv report) of the actor's clause before it with no opener between them
     * ("وأكدت المصادر أن الطيران الإسرائيلي أطلق": the air force is in the content), or right after it.
     */
    private static boolean spoken(Sentence s, RoledActor a) {
        for (EventCues.Cue c : s.cues("report")) {
            boolean after = c.tokenEnd() <= a.token() && a.token() - c.tokenEnd() <= PHRASE
                    && opener(s, c.tokenEnd(), a.token()) < 0;
            // "قوات النظام وعناصر إيرانية، وفق المرصد": who stands before a citing word is what the source tells of
            boolean before = c.tokenStart() >= a.tokenEnd() && c.tokenStart() - a.tokenEnd() <= 1
                    && !s.cueStartsAt("source", c.tokenStart());
            if ((after || before) && s.clause[c.tokenStart()] == s.clause[a.token()]) {
                return true;
            }
        }
        return false;
    }
}
