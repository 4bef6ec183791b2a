package org.rasid.events;

import org.rasid.text.CliticSplitter;

/**
 * The means that make a shelling an air strike. "قصف" names no means: bare, it is a shelling
 * (docs/annotation.md, round 19). Told with an aerial agent or means in its clause, before it ("سلاح الجو
 * السوري قصف مناطق في الزبداني", "استأنف طيران الأسد قصفه", "شاركت الطائرات الروسية في قصف") or right after it
 * ("قصف من طيران حربي", "قصفت المروحيات"), it is an air strike. The means named nearest decide, first
 * after the word, then before it: artillery or ground forces named first ("قصف بالمدفعية والطيران",
 * "قصف لقوات النظام والطيران الروسي") keep it a shelling, as the first-named rule of docs/annotation.md. Only the
 * bare strike verb and noun are read (event_words.tsv {@code bare_shelling}, also with a pronoun,
 * "قصفه"); the aerial words are {@code aerial_means}, the artillery and ground forces {@code ground_means}.
 */
final class AerialMeans {
    /** Words an aerial agent may stand before the strike word, in its clause ("سلاح الجو السوري قصف"). */
    static final int BEFORE = 5;
    /** Words an aerial means may stand after it ("قصف عنيف من الطيران الحربي"). */
    static final int AFTER = 3;

    private final EventWords words;

    AerialMeans(EventWords words) {
        this.words = words;
    }

    /** Whether the trigger is a bare shelling its clause tells as done by aircraft. */
    boolean aerial(Sentence s, TriggerMention t) {
        if (t.tokenEnd() - t.tokenStart() != 1 || !is(s, t.tokenStart(), "bare_shelling", true)) {
            return false;
        }
        int clause = s.clause[t.tokenStart()];
        // the means named nearest decide: first after the word ("قصف من طيران حربي", "قصف لقوات النظام
        // والطيران الروسي"), else the nearest before it ("استأنف طيران الأسد قصفه")
        int end = Math.min(s.tokens.size(), t.tokenEnd() + AFTER);
        for (int i = t.tokenEnd(); i < end && s.clause[i] == clause; i++) {
            if (is(s, i, "ground_means", false)) {
                return false;
            }
            if (is(s, i, "aerial_means", false)) {
                return true;
            }
        }
        for (int i = t.tokenStart() - 1; i >= Math.max(0, t.tokenStart() - BEFORE) && s.clause[i] == clause; i--) {
            if (is(s, i, "ground_means", false)) {
                return false;
            }
            if (is(s, i, "aerial_means", false)) {
                return true;
            }
        }
        return false;
    }

    private boolean is(Sentence s, int token, String kind, boolean withPronouns) {
        for (CliticSplitter.Reading r : CliticSplitter.readings(s.word(token), withPronouns)) {
            if (words.is(kind, r.withArticle())) {
                return true;
            }
        }
        return false;
    }
}
