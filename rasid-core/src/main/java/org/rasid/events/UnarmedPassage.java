package org.rasid.events;

import org.rasid.text.CliticSplitter;

/**
 * Whether an entry or a withdrawal is no change of who holds ground: "دخول المحققين إلى دوما",
 * "تعرقل دخول مفتشي المنظمة" move inspectors, "الدخول في مواجهة",
 * "الدخول في أي مفاوضات", "دخول وقف إطلاق النار حيز التنفيذ" enter a state, and "انسحاب بلاده من الاتفاق
 * النووي" leaves a deal. The word right after the trigger, past the links of event_words.tsv kind
 * {@code passage_link} (في، إلى، أي), or the word after a {@code passage_from} (من) up to two words after the trigger, is a word of
 * kind {@code unarmed_passage}, read with or without the article and a proclitic ("بمواجهة").
 */
final class UnarmedPassage {
    /** Words after the trigger looked at for "من" before what is left. */
    private static final int FROM_REACH = 2;

    private UnarmedPassage() {}

    static boolean follows(Sentence s, TriggerMention t, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        int i = t.tokenEnd();
        while (i < s.tokens.size() && s.clause[i] == clause && words.is("passage_link", s.tokens.get(i).text())) {
            i++;
        }
        if (is(s, i, clause, words)) {
            return true;
        }
        for (int j = t.tokenEnd(); j < t.tokenEnd() + FROM_REACH && j < s.tokens.size() && s.clause[j] == clause; j++) {
            if (words.is("passage_from", s.tokens.get(j).text()) && is(s, j + 1, clause, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(Sentence s, int i, int clause, EventWords words) {
        if (i >= s.tokens.size() || s.clause[i] != clause) {
            return false;
        }
        for (CliticSplitter.Reading r : s.tokens.get(i).readings(false)) {
            if (words.is("unarmed_passage", r.stem())) {
                return true;
            }
        }
        return false;
    }
}
