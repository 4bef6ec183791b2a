package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Token;

class TimeLexiconTest {
    private static final TimeLexicon LEXICON = new TimeLexicon();

    private static List<Token> tokens(String s) {
        NormalizedText doc = ArabicNormalizer.normalize(s);
        return doc.tokens(0, doc.text().length());
    }

    @Test
    void monthNamesThroughProcliticsInBothCalendars() {
        assertEquals(new MonthName(3, 1, false, false), LEXICON.month(tokens("بآذار"), 0));
        assertEquals(new MonthName(1, 2, false, false), LEXICON.month(tokens("كانون الثاني"), 0));
        assertEquals(new MonthName(8, 1, true, false), LEXICON.month(tokens("آب"), 0)); // also "father"
        assertTrue(LEXICON.month(tokens("رمضان"), 0).hijri());
        assertNull(LEXICON.month(tokens("الحافلات"), 0));
    }

    @Test
    void weekdaysMarkersAndPhrases() {
        assertEquals(5, LEXICON.weekday(tokens("الجمعة"), 0, false));
        assertNull(LEXICON.weekday(tokens("جمعة"), 0, false)); // a name too: only after يوم
        assertEquals(5, LEXICON.weekday(tokens("جمعة"), 0, true));
        assertEquals("past", LEXICON.marker(tokens("الماضي"), 0));
        assertNull(LEXICON.marker(tokens("الجيش"), 0));
        assertEquals(3, LEXICON.phraseLength(tokens("أول من أمس"), 0, "relative"));
        assertEquals(0, LEXICON.phraseLength(tokens("أول من أمس"), 0, "part"));
        assertEquals("الامس", LEXICON.stem(ArabicNormalizer.normalizeTerm("وبالأمس")));
    }

    @Test
    void phrasesAreReadAtTheirFirstWordOnlyAndNotPastTheEnd() {
        List<Token> t = tokens("قتل خمسة أول أمس وبالأمس الليلة الماضية");
        assertEquals(0, LEXICON.phraseLength(t, 0, "relative")); // starts no phrase
        assertEquals(2, LEXICON.phraseLength(t, 2, "relative")); // "أول أمس"; "أول من أمس" is not here
        assertEquals(1, LEXICON.phraseLength(t, 3, "relative"));
        assertEquals(1, LEXICON.phraseLength(t, 4, "relative")); // "أمس" through its proclitics
        assertEquals(2, LEXICON.phraseLength(t, 5, "relative")); // the longest, "الليلة الماضية"
        assertEquals(0, LEXICON.phraseLength(t, 6, "relative")); // "الماضية" alone is a marker
        assertEquals(1, LEXICON.phraseLength(t, 6, "past"));
        assertEquals(0, LEXICON.phraseLength(t, t.size(), "relative"));
        assertEquals("-1d", LEXICON.word(LEXICON.key(t, 5, 2)).value());
    }

    @Test
    void cuesComeFromTheLexiconNotThePhraseTable() {
        assertTrue(LEXICON.isCue("year-cue", ArabicNormalizer.normalizeTerm("سنة")));
        assertTrue(LEXICON.isCue("same-day", "ذاته"));
        assertFalse(LEXICON.isCue("same-day", "الماضي"));
        assertEquals("من", LEXICON.qualifierTail(ArabicNormalizer.normalizeTerm("أكثر")));
        assertEquals("", LEXICON.qualifierTail("نحو"));
        assertNull(LEXICON.qualifierTail("قتلى"));
        // a cue word must not change how other words read through their proclitics
        assertEquals("ومن", LEXICON.stem("ومن"));
        assertTrue(LEXICON.starters().contains("عام"));
    }
    /** The endings' filter in {@link TimeLexicon#stem} answers as the readings do, on every word of real text. */
    @Test
    void stemFilteredByEndingsEqualsStemByReadings() {
        TimeLexicon fresh = new TimeLexicon();
        int words = 0;
        int stemmed = 0;
        for (org.rasid.testing.RealTexts.Text t : org.rasid.testing.RealTexts.all()) {
            for (Token k : tokens(t.text())) {
                String w = k.text();
                String expected = fresh.stemByReadings(w);
                assertEquals(expected, fresh.stem(w), w);
                assertEquals(expected, fresh.stem(w), w); // the memo's answer too
                words++;
                stemmed += expected.equals(w) ? 0 : 1;
            }
        }
        // "وأمس" reads "امس" behind its proclitic; "الجيش" stays itself, spared the readings
        assertEquals("امس", fresh.stem(ArabicNormalizer.normalizeTerm("وأمس")));
        assertEquals("الجيش", fresh.stem("الجيش"));
        assertTrue(words > 100_000 && stemmed > 100, words + " words, " + stemmed + " stemmed");
    }
}
