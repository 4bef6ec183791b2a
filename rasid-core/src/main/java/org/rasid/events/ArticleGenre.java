package org.rasid.events;

import java.util.List;
import java.util.Set;
import org.rasid.lexicon.CueLexicon;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

/**
 * Tells a news report from an opinion or analysis piece (data file genre_cues.tsv). ACLED codes
 * events from reports; a column that recalls "the regime's strikes on civilians" or a 2011
 * bombing is not a source of events. A report is built on attribution (who said it, when:
 * "أفاد المرصد", "أمس", weekdays); an opinion piece on the writer's voice ("برأيي", "لا شك",
 * "هل", "؟"). The measure is the density of each per 100 words of the whole document.
 */
public final class ArticleGenre {
    public static final String FILE = "genre_cues.tsv";
    /** Below this many attribution words per 100, a text is not a report whatever else it holds. */
    private static final double NO_ATTRIBUTION = 0.35;
    private static final int MIN_OPINION = 3;
    /** A short item (a digest line, a caption, a test sentence) is too short to judge: read as a report. */
    private static final int MIN_WORDS = 120;
    /** From this many attribution words per 100 on, a text is a report whatever else it holds. */
    private static final double SURE_REPORT = 2.0;

    private final PhraseMatcher<String> matcher;

    private ArticleGenre(PhraseMatcher<String> matcher) {
        this.matcher = matcher;
    }

    public static ArticleGenre load() {
        return load(FILE);
    }

    public static ArticleGenre load(String file) {
        return new ArticleGenre(CueLexicon.load(file, Set.of("attribution", "opinion")).matcher());
    }

    /** True when the normalised text reads as an opinion or analysis piece rather than a report. */
    public boolean isOpinion(String normalized) {
        return isOpinion(normalized, ArabicTokenizer.tokenize(normalized));
    }

    /** The same for a document, reading the tokens it has already. */
    public boolean isOpinion(NormalizedText doc) {
        return isOpinion(doc.text(), doc.tokens(0, doc.length()));
    }

    private boolean isOpinion(String normalized, List<Token> tokens) {
        if (tokens.size() < MIN_WORDS) {
            return false;
        }
        int attribution = 0;
        int opinion = 0;
        int w = 0;
        while (w < tokens.size()) { // the matcher's leftmost-longest scan, stopped once the answer is known
            PhraseMatcher.Match<String> m = matcher.at(tokens, w);
            if (m == null) {
                w++;
                continue;
            }
            w = m.tokenEnd();
            if (m.values().contains("attribution")) {
                attribution++;
                if (attribution * 100.0 / tokens.size() >= SURE_REPORT) {
                    return false; // most reports: the rest of the text cannot change the verdict below
                }
            } else {
                opinion++;
            }
        }
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            opinion += c == '؟' || c == '!' ? 1 : 0; // rhetorical questions and exclamations
        }
        double at = attribution * 100.0 / tokens.size();
        double op = opinion * 100.0 / tokens.size();
        if (at < NO_ATTRIBUTION) {
            return true;
        }
        return opinion >= MIN_OPINION && (at < 0.8 && op >= 0.15 || at < 1.0 && op >= 0.4 || at < SURE_REPORT && op > at);
    }
}
