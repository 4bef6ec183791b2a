package org.rasid.text;

import java.util.Arrays;

/**
 * The hashes of the forms under which a word can start a lexicon phrase: the stems of its clitic
 * readings and, for matchers that allow an attached pronoun, those stems with the pronoun off.
 * {@link PhraseMatcher} tests them against a bit set of its first words, so most words of a text
 * are passed over without a map lookup. The hashes are {@link String#hashCode()}s worked out from
 * the word's prefix hashes, without building the stems or looking the word up in a memo (on the
 * whole pipeline's profile, that look-up of every word was the cost). They cover every stem of
 * {@link CliticSplitter#readings}, and perhaps a few more: a stray one only costs a full try.
 */
final class WordForms {
    private static final int ARTICLE_HASH = CliticSplitter.ARTICLE.hashCode();

    /** Hashes of the stems of {@code CliticSplitter.readings(word, false)}. */
    final int[] stems;
    /** Hashes of those stems with an attached pronoun taken off. */
    final int[] pronounless;

    private WordForms(int[] stems, int[] pronounless) {
        this.stems = stems;
        this.pronounless = pronounless;
    }

    static WordForms of(String word) {
        int n = word.length();
        int[] prefix = new int[n + 1];
        int[] pow = new int[n + 1];
        pow[0] = 1;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = 31 * prefix[i] + word.charAt(i);
            pow[i + 1] = 31 * pow[i];
        }
        // A stem is word[from..n), with "ال" in front when article is set (ل + ال written لل).
        int[] from = new int[8];
        boolean[] article = new boolean[8];
        int count = withArticle(word, 0, from, article, 0);
        for (String p : CliticSplitter.PROCLITICS) {
            int pl = p.length();
            if (n - pl >= CliticSplitter.MIN_STEM && word.startsWith(p)) {
                if (count + 4 > from.length) {
                    from = Arrays.copyOf(from, from.length * 2);
                    article = Arrays.copyOf(article, article.length * 2);
                }
                count = withArticle(word, pl, from, article, count);
                if (p.endsWith(CliticSplitter.LAM) && word.startsWith(CliticSplitter.LAM, pl)
                        && n - pl - 1 >= CliticSplitter.MIN_STEM) {
                    from[count] = pl + 1;
                    article[count++] = true;
                    from[count] = pl + 1;
                    article[count++] = false;
                }
            }
        }
        int[] stems = new int[count];
        int[] pronounless = new int[count * CliticSplitter.PRONOUNS.length];
        int np = 0;
        for (int k = 0; k < count; k++) {
            int a = from[k];
            int length = n - a + (article[k] ? 2 : 0);
            stems[k] = hash(prefix, pow, a, n, article[k]);
            for (String s : CliticSplitter.PRONOUNS) {
                int sl = s.length();
                if (length - sl >= CliticSplitter.MIN_STEM + 1 && n - a >= sl && word.endsWith(s)) {
                    pronounless[np++] = hash(prefix, pow, a, n - sl, article[k]);
                }
            }
        }
        return new WordForms(stems, Arrays.copyOf(pronounless, np));
    }

    private static int withArticle(String word, int a, int[] from, boolean[] article, int count) {
        from[count] = a;
        article[count++] = false;
        if (word.startsWith(CliticSplitter.ARTICLE, a) && word.length() - a - 2 >= CliticSplitter.MIN_STEM) {
            from[count] = a + 2;
            article[count++] = false;
        }
        return count;
    }

    /** String.hashCode of ("ال" if article) + word[a..b). */
    private static int hash(int[] prefix, int[] pow, int a, int b, boolean article) {
        int h = prefix[b] - prefix[a] * pow[b - a];
        return article ? ARTICLE_HASH * pow[b - a] + h : h;
    }
}
