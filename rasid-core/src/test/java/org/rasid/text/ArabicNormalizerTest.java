package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;

class ArabicNormalizerTest {
    @Test
    void foldsArabicLetterVariantsDigitsAndInvisibles() {
        assertEquals("ادلب", ArabicNormalizer.normalize("إدلب").text());
        assertEquals("احمد", ArabicNormalizer.normalize("أحمَد").text());
        assertEquals("قريه", ArabicNormalizer.normalize("قرية").text());
        assertEquals("مصطفي", ArabicNormalizer.normalize("مصطفى").text());
        assertEquals("ايران", ArabicNormalizer.normalize("ایران").text(), "Persian yeh");
        assertEquals("كفريا", ArabicNormalizer.normalize("کفریا").text(), "Persian kaf and yeh");
        assertEquals("قصف", ArabicNormalizer.normalize("قـــصـف").text(), "tatweel");
        assertEquals("2018", ArabicNormalizer.normalize("٢٠١٨").text());
        assertEquals("17", ArabicNormalizer.normalize("۱۷").text());
        assertEquals("درعا البلد", ArabicNormalizer.normalize("درعا\u00A0الب\u200Cلد").text());
        assertEquals("rt", ArabicNormalizer.normalize("RT").text());
    }

    @Test
    void presentationFormsExpandAndMapBackToTheirGlyph() {
        String original = "ﻻ شيء"; // lam-alef ligature U+FEFB
        NormalizedText n = ArabicNormalizer.normalize(original);
        assertEquals("لا شيء".replace('ء', 'ء'), n.text());
        assertEquals(new Span(0, 1), n.toOriginal(0, 2), "both letters come from the one ligature");
    }

    @Test
    void aCharFromASurrogatePairMapsBackToBothHalves() {
        // the offsets keep where each char's code point starts; its end is that code point's end
        String original = "قصف \uD835\uDC00\uD835\uDC01 ﻻ"; // MATHEMATICAL BOLD A and B, then lam-alef
        NormalizedText n = ArabicNormalizer.normalize(original);
        assertEquals("قصف ab لا", n.text());
        assertEquals(new Span(4, 6), n.toOriginal(4, 5));
        assertEquals(new Span(4, 8), n.toOriginal(4, 6));
        assertEquals(new Span(9, 10), n.toOriginal(7, 9));
        assertEquals(new Span(0, original.length()), n.toOriginal(0, n.length()));
    }

    @Test
    void everyNormalisedCharMapsBackIntoTheOriginalOnAllSeeds() throws IOException {
        for (Path seed : Seeds.files()) {
            String original = Files.readString(seed, StandardCharsets.UTF_8);
            NormalizedText n = ArabicNormalizer.normalize(original);
            int previous = 0;
            for (int i = 0; i < n.length(); i++) {
                Span s = n.toOriginal(i, i + 1);
                assertTrue(s.start() >= previous, seed + ": offsets go backwards at " + i);
                assertTrue(s.end() <= original.length() && s.end() > s.start(), seed + " at " + i);
                // Normalising the original piece again gives back this char.
                String again = ArabicNormalizer.normalize(s.of(original)).text();
                assertTrue(again.indexOf(n.text().charAt(i)) >= 0, seed + ": round trip fails at " + i);
                previous = s.start();
            }
            // Every word found in the normalised text points to the same word in the original.
            for (Token t : ArabicTokenizer.tokenize(n.text())) {
                Span s = n.toOriginal(t.start(), t.end());
                assertEquals(t.text(), ArabicNormalizer.normalize(s.of(original)).text(), seed.toString());
                assertEquals(t.start(), n.fromOriginal(s.start()), seed + ": reverse map");
            }
        }
    }
    @Test
    void termsKeepOneSpaceBetweenWordsAsTheRegexDid() {
        assertEquals("دير الزور", ArabicNormalizer.normalizeTerm("  دير   الزور "));
        assertEquals("ريف ادلب الجنوبي", ArabicNormalizer.normalizeTerm("ريف\u00A0\u00A0إدلب  الجنوبيّ"));
        assertEquals("حلب", ArabicNormalizer.normalizeTerm("\tحلب\n"));
        assertEquals("", ArabicNormalizer.normalizeTerm("   "));
        // a tab between words is not a space: the old replaceAll(" +", " ") left it, and so must this
        assertEquals("جسر \t الشغور", ArabicNormalizer.normalizeTerm("جسر  \t  الشغور"));
    }

    @Test
    void termsOfEveryGazetteerNameEqualTheRegexForm() throws IOException {
        try (var lines = Files.lines(Path.of("src/main/resources/rasid/data/gazetteer/supplement.tsv"))) {
            lines.flatMap(l -> java.util.Arrays.stream(l.split("[\t|]"))).map(w -> "  " + w + "   x  ")
                    .forEach(w -> assertEquals(ArabicNormalizer.normalize(w).text().trim().replaceAll(" +", " "),
                            ArabicNormalizer.normalizeTerm(w), w));
        }
    }

    @Test
    void aDocumentAfterALongerOneOnTheSameThreadIsNormalisedAlike() {
        String shorter = "قُتل ٣ مدنيين في قصفٍ على إدلب";
        String longer = "أعلنت وزارة الدفاع الروسية، في بيان لها اليوم، أن طائراتها قصفت مواقع في ريف حماة ".repeat(40);
        NormalizedText before = ArabicNormalizer.normalize(shorter);
        ArabicNormalizer.normalize(longer); // the thread's char buffer now holds a longer text
        NormalizedText after = ArabicNormalizer.normalize(shorter);
        assertEquals(before.text(), after.text());
        for (int i = 0; i < after.length(); i++) {
            assertEquals(before.toOriginal(i, i + 1), after.toOriginal(i, i + 1));
        }
    }
}
