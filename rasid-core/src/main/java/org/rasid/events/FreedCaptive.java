package org.rasid.events;

import org.rasid.text.CliticSplitter;

/**
 * Whether the object of a capture word is people held, not ground: "تحرير الرهائن", "استعادة 3
 * مختطفين", "تحرير قطريين كانوا محتجزين" free people (a release or a swap), and the places named
 * later in the sentence were not taken. The object is the word right after the trigger, past a
 * number; it is people when it is a word of event_words.tsv kind {@code captive} or a nisba plural
 * ({@code captive_suffix}), read with or without the article.
 */
final class FreedCaptive {
    /** The shortest nisba plural read as people: a root of three letters and the ending. */
    private static final int MIN_NISBA = 5;

    private FreedCaptive() {}

    static boolean follows(Sentence s, TriggerMention t, EventWords words) {
        int i = t.tokenEnd();
        int clause = s.clause[t.tokenStart()];
        if (i < s.tokens.size() && s.clause[i] == clause && s.tokens.get(i).isNumber()) {
            i++;
        }
        if (i >= s.tokens.size() || s.clause[i] != clause) {
            return false;
        }
        for (CliticSplitter.Reading r : s.tokens.get(i).readings(true)) {
            String w = r.stem();
            if (words.is("captive", w) || w.length() >= MIN_NISBA && words.endsWith("captive_suffix", w)) {
                return true;
            }
        }
        return false;
    }
}
