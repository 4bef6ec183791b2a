package org.rasid.store;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasid.lexicon.Particles;

/**
 * Drops a leading conjunction و/ف when an article or preposition+article follows
 * ("وبالقصف", "فللمدنيين"), so that Lucene's light stemmer, which strips one prefix only,
 * can strip the rest. Words merely starting with و (وزير) are left alone.
 */
final class ConjunctionFilter extends TokenFilter {
    private static final Set<String> NEXT = Particles.words("article_after_conjunction");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ConjunctionFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int len = term.length();
        char[] b = term.buffer();
        if (len > 4 && (b[0] == 'و' || b[0] == 'ف')) {
            for (String p : NEXT) {
                if (len - 1 > p.length() + 1 && term.subSequence(1, 1 + p.length()).toString().equals(p)) {
                    System.arraycopy(b, 1, b, 0, len - 1);
                    term.setLength(len - 1);
                    break;
                }
            }
        }
        return true;
    }
}
