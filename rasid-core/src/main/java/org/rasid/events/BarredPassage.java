package org.rasid.events;

/**
 * Whether an entry or a withdrawal is told as not made: barred ("يمنعون المراقبين الدوليين من دخول منطقة
 * دوما"), not yet allowed ("لم تسمحا بعد لبعثة ... بالدخول"), tried ("حاول خلالها مقاتلون ... دخول
 * البلدتين"), prepared or drawn near ("يستعدون للدخول", "يقتربون من دخول وسط المدينة"). A word of event_words.tsv
 * kind {@code passage_bar}, read with or without a proclitic and the article, up to {@link #REACH} words before the
 * trigger in its clause, makes the entry no transfer of territory: nobody took the ground.
 */
final class BarredPassage {
    /** How many words before the trigger a bar may stand (a name in brackets may lie between). */
    static final int REACH = 14;

    private BarredPassage() {}

    static boolean precedes(Sentence s, TriggerMention t, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        for (int i = t.tokenStart() - 1; i >= 0 && s.clause[i] == clause && t.tokenStart() - i <= REACH; i--) {
            if (words.stemIs(s.tokens.get(i), "passage_bar")) {
                return true;
            }
        }
        return false;
    }
}
