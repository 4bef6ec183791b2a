package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.lexicon.CueLexicon;
import org.rasid.testing.Seeds;

/** The first-word filter passes over words only when trying them would find nothing. */
class PhraseMatcherFirstWordTest {
    @Test
    void filteredMatchesEqualTryingEveryWordOnTheSeeds() throws IOException {
        List<NormalizedText> docs = new ArrayList<>();
        for (Path seed : Seeds.files()) {
            docs.add(ArabicNormalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8)));
        }
        // Phrases taken from the seeds themselves (a clitic reading of the first word, a pronoun
        // reading of the last), so plenty of them match, plus a real data file.
        Random random = new Random(6);
        List<PhraseMatcher<String>> matchers = new ArrayList<>();
        for (boolean pronouns : new boolean[] {false, true}) {
            PhraseMatcher<String> m = new PhraseMatcher<>(pronouns);
            for (NormalizedText n : docs) {
                List<Token> tokens = n.tokens(0, n.length());
                for (int k = 0; k < tokens.size() / 20; k++) {
                    int i = random.nextInt(tokens.size());
                    int len = 1 + random.nextInt(3);
                    List<String> words = new ArrayList<>();
                    for (int j = i; j < Math.min(tokens.size(), i + len); j++) {
                        List<CliticSplitter.Reading> rs = tokens.get(j).readings(j == i + len - 1);
                        words.add(j == i || j == i + len - 1 ? rs.get(random.nextInt(rs.size())).stem()
                                : tokens.get(j).text());
                    }
                    m.add(String.join(" ", words), "p" + k);
                }
            }
            matchers.add(m);
        }
        matchers.add(CueLexicon.load("genre_cues.tsv", Set.of("attribution", "opinion")).matcher());
        int found = 0;
        for (PhraseMatcher<String> m : matchers) {
            for (NormalizedText n : docs) {
                List<Token> tokens = n.tokens(0, n.length());
                List<PhraseMatcher.Match<String>> fast = m.find(n.text(), tokens);
                assertEquals(m.findTryingEveryWord(tokens), fast);
                found += fast.size();
            }
        }
        assertTrue(found > 500, "the test lexicons match often: " + found);
    }
}
