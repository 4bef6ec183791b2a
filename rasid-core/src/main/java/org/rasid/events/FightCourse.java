package org.rasid.events;

import org.rasid.text.CliticSplitter;

/**
 * Whether a definite clash (a trigger of the symmetric frame: الاشتباكات، المعارك) is the fighting the news
 * tells on, not the fighting the reader knows: a word of its course (event_words.tsv kind
 * {@code fight_course}: استمرار، استمرت، تتواصل، مستمرة، تجددت) up to {@link #REACH} words before it or after
 * it in its clause ("الاشتباكات العنيفة استمرت مساء الثلاثاء في منطقة الزبداني", "وسط استمرار الاشتباكات
 * العنيفة بين مقاتلي المعارضة وقوات النظام").
 */
final class FightCourse {
    /** Words between the clash and the word of its course (an adjective, "العنيفة"). */
    private static final int REACH = 2;

    private static final String SYMMETRIC = "symmetric";

    private FightCourse() {}

    static boolean told(Sentence s, TriggerMention t, EventWords words) {
        if (!SYMMETRIC.equals(t.trigger().frame())) {
            return false;
        }
        int clause = s.clause[t.tokenStart()];
        for (int i = Math.max(0, t.tokenStart() - REACH); i < Math.min(s.tokens.size(), t.tokenEnd() + REACH); i++) {
            if (i >= t.tokenStart() && i < t.tokenEnd() || s.clause[i] != clause) {
                continue;
            }
            for (CliticSplitter.Reading r : s.tokens.get(i).readings(false)) {
                if (words.is("fight_course", r.stem()) || words.is("fight_course", r.withArticle())) {
                    return true;
                }
            }
        }
        return false;
    }
}
