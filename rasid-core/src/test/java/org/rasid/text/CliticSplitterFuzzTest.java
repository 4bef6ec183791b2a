package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasid.fuzz.NastyText;

/** Every reading of any word is a real piece of that word, never an empty or torn stem. */
class CliticSplitterFuzzTest {
    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> clitics = Arbitraries.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "لل", "ال", "وال", "بال", "ولل");
        Arbitrary<String> suffixes = Arbitraries.of("", "ه", "ها", "هم", "هما", "نا", "ي", "كم", "هن");
        Arbitrary<String> stems = Arbitraries.oneOf(NastyText.seedWord(),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMaxLength(6),
                NastyText.text(3));
        return net.jqwik.api.Combinators.combine(clitics, stems, suffixes).as((c, s, x) -> c + s + x)
                .map(w -> ArabicNormalizer.normalize(w).text());
    }

    @Property
    void readingsArePiecesOfTheWord(@ForAll("words") String word, @ForAll boolean pronouns) {
        List<CliticSplitter.Reading> readings = CliticSplitter.readings(word, pronouns);
        assertEquals(word, readings.get(0).stem(), "the word itself comes first");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < readings.size(); i++) {
            CliticSplitter.Reading r = readings.get(i);
            assertTrue(seen.add(r.stem()), "duplicate stem " + r);
            if (i > 0) {
                assertTrue(r.stem().length() >= 2, "stem shorter than two letters: " + r + " of " + word);
            }
            assertTrue(r.prefixLength() >= 0 && r.suffixLength() >= 0
                    && r.prefixLength() + r.suffixLength() <= word.length(), r + " of " + word);
            String body = word.substring(0, word.length() - r.suffixLength());
            assertTrue(word.endsWith(body.substring(r.prefixLength()) + word.substring(body.length())));
            String bare = r.hadArticle() && r.stem().startsWith("ال") && !body.endsWith(r.stem())
                    ? r.stem().substring(2) : r.stem();
            assertTrue(body.endsWith(bare), "stem " + r + " is not the end of " + body);
        }
    }
}
