package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

/** The compiled gazetteer the build writes holds exactly what the TSV loader and the matcher work out. */
class GazetteerImageTest {
    private static final Gazetteer FROM_TSV = Gazetteer.of(DataFile.readTsv(Gazetteer.GEONAMES),
            DataFile.readTsv(Gazetteer.SUPPLEMENT));

    @Test
    void theBuildsCompiledGazetteerEqualsTheTsvFiles() {
        Gazetteer compiled = GazetteerImage.bundled();
        assertNotNull(compiled, "the build writes " + GazetteerImage.RESOURCE + " (process-classes)");
        assertSameGazetteer(FROM_TSV, compiled);
    }

    @Test
    void readingWhatWasWrittenGivesTheSameGazetteer() {
        assertSameGazetteer(FROM_TSV, GazetteerImage.read(GazetteerImage.write(FROM_TSV)));
    }

    @Test
    void aCompiledFormMadeFromOtherSourceFilesIsPassedOver() {
        byte[] bytes = GazetteerImage.write(FROM_TSV);
        assertTrue(GazetteerImage.current(bytes));
        // the checksum of the sources stands right after the magic: a supplement.tsv edited since the form was made
        bytes[Integer.BYTES + Long.BYTES - 1] ^= 1;
        assertFalse(GazetteerImage.current(bytes));
    }

    @Test
    void aRunReadsTheCompiledForm() {
        Gazetteer g = Gazetteer.load();
        assertSame(g, Gazetteer.load());
        assertEquals(FROM_TSV.size(), g.size());
    }

    @Test
    void theCompiledMatcherFindsWhatTheTsvMatcherFinds() {
        // a phrase written for this test: Idlib's countryside, Jisr al-Shughur without its space, Deir ez-Zor
        String text = ArabicNormalizer.normalizeTerm("غارات جوية على ريف إدلب الجنوبي وجسرالشغور ومدينة دير الزور");
        ToponymMatcher tsv = new ToponymMatcher(FROM_TSV);
        ToponymMatcher compiled = new ToponymMatcher(GazetteerImage.bundled());
        assertEquals(tsv.size(), compiled.size());
        assertEquals(tsv.find(text, ArabicTokenizer.tokenize(text)).toString(),
                compiled.find(text, ArabicTokenizer.tokenize(text)).toString());
        assertEquals(3, compiled.find(text, ArabicTokenizer.tokenize(text)).size());
    }

    @Test
    void theMatcherHoldsWhatAddingEveryNameWithItsEqualityTestHeld() {
        // the matcher adds each place once per phrase without PhraseMatcher's equality test; the
        // same trie as adding every name and its no-space form as written, as the matcher did before
        PhraseMatcher<Place> every = new PhraseMatcher<>(false);
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, List<Place>> e : FROM_TSV.nameIndex().entrySet()) {
            String name = e.getKey();
            for (Place p : e.getValue()) {
                every.add(name, p);
                if (name.indexOf(' ') > 0 && !ToponymMatcher.hasOneLetterWord(name)) {
                    every.add(name.replace(" ", ""), p);
                }
            }
            all.append(name).append(" و ").append(name.replace(" ", "")).append(" . ");
        }
        ToponymMatcher compiled = new ToponymMatcher(GazetteerImage.bundled());
        assertEquals(every.size(), compiled.size());
        String text = all.toString();
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        assertEquals(every.find(text, tokens).toString(), compiled.find(text, tokens).toString());
    }

    private static void assertSameGazetteer(Gazetteer expected, Gazetteer actual) {
        assertEquals(new ArrayList<>(expected.places()), new ArrayList<>(actual.places()));
        for (Place p : expected.places()) {
            assertEquals(List.copyOf(expected.names(p.id())), List.copyOf(actual.names(p.id())), p.id());
        }
        assertEquals(List.copyOf(expected.nameIndex().entrySet()), List.copyOf(actual.nameIndex().entrySet()));
        assertEquals(expected.matcherEntries(), actual.matcherEntries());
    }
}
