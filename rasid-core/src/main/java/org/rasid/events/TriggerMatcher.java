package org.rasid.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.rasid.text.CliticSplitter;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;
import org.rasid.text.Word;
import org.rasid.text.WordMemo;

/**
 * Finds triggers in a sentence with the lexicon's phrase matcher (proclitics on the first word,
 * pronouns on the last, leftmost-longest), drops "block" phrases after they have taken their
 * words, and reads imperfect verbs with the future prefix س ("ستشن", "وسيقصف") as future. A verb
 * takes only the conjunctions و and ف: with ب, ل, ك or the article it is a noun of the same letters,
 * so a verbal act's verb (pos V) is not read in "بحث" (ب + حث, "discussed"), "الحذر" (caution) or
 * "لحث" (a purpose).
 */
public final class TriggerMatcher {
    /** The conjunctions that may stand before a verb (closed class). */
    private static final String CONJUNCTIONS = CliticSplitter.CONJUNCTIONS;
    private static final String ARTICLE = CliticSplitter.ARTICLE;
    private static final String LAM_ARTICLE = CliticSplitter.LAM_ARTICLE;

    private final TriggerLexicon lexicon;
    /**
     * {@link #futurePrefix} per word: every token of every sentence is asked and few carry the prefix, so
     * the answer is a read of the token's word, not of its string's first chars.
     */
    private final WordMemo futureLike = new WordMemo();
    private static final Predicate<Word> FUTURE_LIKE = w -> futurePrefix(w.text()) > 0;

    public TriggerMatcher(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<TriggerMention> find(Sentence s) {
        List<TriggerMention> out = new ArrayList<>();
        String text = s.doc.text();
        boolean[] taken = new boolean[s.tokens.size()];
        // the sentence's pass over its words may have found this lexicon's phrases with the cues
        List<PhraseMatcher.Match<Trigger>> phrases = s.triggerPhrasesOf == lexicon.matcher() ? s.triggerPhrases
                : lexicon.matcher().find(text, s.tokens);
        for (PhraseMatcher.Match<Trigger> m : phrases) {
            for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
                taken[i] = true;
            }
            Trigger t = best(m.values());
            if (t.isBlock()) {
                continue;
            }
            Token first = s.tokens.get(m.tokenStart());
            String prefix = text.substring(first.start(), m.start());
            // the matcher strips the article apart from the proclitics: "الحذر" has prefix "" and phrase "حذر"
            boolean article = text.startsWith(ARTICLE, m.start()) && !m.phrase().startsWith(ARTICLE);
            if (t.isVerbal() && "V".equals(t.pos()) && (article || !conjunctionOnly(prefix))) {
                continue;
            }
            if (prefix.isEmpty() && first.text().startsWith(LAM_ARTICLE) && m.phrase().startsWith(ARTICLE)) {
                // "للانسحاب" is ل + الانسحاب
                prefix = CliticSplitter.LAM;
            } else if (prefix.equals("و") && first.text().startsWith("ولل") && m.phrase().startsWith(ARTICLE)) {
                prefix = "ول";
            }
            TriggerMention mention = new TriggerMention(t, m.phrase(), m.tokenStart(), m.tokenEnd(), m.start(),
                    m.end(), s.original(m.start(), m.end()), prefix, false);
            out.add(met(s, mention, m.values()));
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Token tok = s.tokens.get(i);
            if (!futureLike.test(tok.word(), FUTURE_LIKE)) {
                continue;
            }
            String w = tok.text();
            int p = futurePrefix(w);
            List<Trigger> ts = lexicon.singleWord(w.substring(p));
            if (!ts.isEmpty() && !best(ts).isBlock()) {
                out.add(new TriggerMention(best(ts), w.substring(p), i, i + 1, tok.start(), tok.end(),
                        s.original(tok.start(), tok.end()), w.substring(0, p), true));
            }
        }
        out.sort(Comparator.comparingInt(TriggerMention::tokenStart));
        return out;
    }

    /**
     * The length of the future prefix (س, وس or فس) of a word that reads as an imperfect verb after it
     * ("ستشن", "وسيقصف": ي, ت, ن or ا, then at least two more letters), or -1.
     */
    static int futurePrefix(String w) {
        int p = w.startsWith("وس") || w.startsWith("فس") ? 2 : w.startsWith("س") ? 1 : -1;
        return p < 0 || w.length() - p < 3 || "يتنا".indexOf(w.charAt(p)) < 0 ? -1 : p;
    }

    /** "", "و", "ف", "وف": the only proclitics a verb takes before its own letters. */
    static boolean conjunctionOnly(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (CONJUNCTIONS.indexOf(prefix.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One phrase of two rows ("عبرت روسيا عن خيبة أملها" is disapproval, "عبرت عن أملها" an appeal): the
     * best row whose required words the sentence has, else the best row (the selector then drops it).
     */
    private static TriggerMention met(Sentence s, TriggerMention best, List<Trigger> rows) {
        if (rows.size() < 2 || TriggerSelector.satisfiesAfter(s, best)) {
            return best;
        }
        TriggerMention met = null;
        for (Trigger t : rows) {
            TriggerMention other = best.withTrigger(t);
            if (t != best.trigger() && !t.isBlock() && TriggerSelector.satisfiesAfter(s, other)
                    && (met == null || t.priority() > met.trigger().priority())) {
                met = other;
            }
        }
        return met == null ? best : met;
    }

    private static Trigger best(List<Trigger> ts) {
        Trigger best = ts.get(0);
        for (Trigger t : ts) {
            if (t.isBlock()) {
                return t;
            }
            if (t.priority() > best.priority()) {
                best = t;
            }
        }
        return best;
    }
}
