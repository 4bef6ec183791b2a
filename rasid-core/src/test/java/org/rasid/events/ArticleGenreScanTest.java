package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.lexicon.CueLexicon;
import org.rasid.testing.RealTexts;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

/** The early-stopping genre scan gives the verdict of the full count on real text. */
class ArticleGenreScanTest {
    private static final ArticleGenre GENRE = ArticleGenre.load();
    private static final PhraseMatcher<String> CUES =
            CueLexicon.load(ArticleGenre.FILE, Set.of("attribution", "opinion")).matcher();

    /** The verdict as first written: every cue of the whole text counted, then the densities. */
    private static boolean fullCount(String normalized) {
        List<Token> tokens = ArabicTokenizer.tokenize(normalized);
        if (tokens.size() < 120) {
            return false;
        }
        int attribution = 0;
        int opinion = 0;
        for (PhraseMatcher.Match<String> m : CUES.find(normalized, tokens)) {
            if (m.values().contains("attribution")) {
                attribution++;
            } else {
                opinion++;
            }
        }
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            opinion += c == '؟' || c == '!' ? 1 : 0;
        }
        double at = attribution * 100.0 / tokens.size();
        double op = opinion * 100.0 / tokens.size();
        if (at < 0.35) {
            return true;
        }
        return opinion >= 3 && (at < 0.8 && op >= 0.15 || at < 1.0 && op >= 0.4 || at < 2.0 && op > at);
    }

    @Test
    void earlyStopEqualsFullCountOnRealText() {
        int opinions = 0;
        int reports = 0;
        for (RealTexts.Text t : RealTexts.all()) {
            String normalized = ArabicNormalizer.normalize(t.text()).text();
            boolean expected = fullCount(normalized);
            assertEquals(expected, GENRE.isOpinion(normalized), t.id());
            opinions += expected ? 1 : 0;
            reports += expected ? 0 : 1;
        }
        assertTrue(opinions > 5 && reports > 100, opinions + " opinion, " + reports + " reports");
    }

    @Test
    void atIsTheMatchOfTheLeftmostLongestScan() {
        for (RealTexts.Text t : RealTexts.all().subList(0, 40)) {
            String normalized = ArabicNormalizer.normalize(t.text()).text();
            List<Token> tokens = ArabicTokenizer.tokenize(normalized);
            for (PhraseMatcher.Match<String> m : CUES.find(normalized, tokens)) {
                assertEquals(m, CUES.at(tokens, m.tokenStart()));
            }
        }
    }
}
