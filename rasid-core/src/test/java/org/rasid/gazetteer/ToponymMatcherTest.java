package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher.Match;
import org.rasid.text.Span;

class ToponymMatcherTest {
    private static final ToponymMatcher M = new ToponymMatcher(Gazetteer.load());

    private static List<String> found(String sentence) {
        NormalizedText doc = ArabicNormalizer.normalize(sentence);
        return M.find(doc, new Span(0, sentence.length())).stream().map(Match::phrase).toList();
    }

    @Test
    void survivesCliticsAndArticle() {
        assertEquals(List.of("درعا"), found("قصف مدفعي بدرعا"));
        assertEquals(List.of("ادلب", "حماه"), found("وصلت التعزيزات لإدلب وحماة"));
        assertEquals(List.of("ادلب"), found("وإدلب"));
        assertEquals(List.of("الرقه"), found("بالرقة"));
    }

    @Test
    void multiWordNamesWithoutSpace() {
        // seed 003: "وسط مدينة جسرالشغور غرب إدلب", "شرق ديرالزور"
        assertEquals(List.of("جسرالشغور", "ادلب"), found("انفجار وسط مدينة جسرالشغور غرب إدلب"));
        assertEquals(List.of("ديرالزور"), found("على يد مجهولين شرق ديرالزور"));
        assertEquals(List.of("جسر الشغور"), found("في جسر الشغور"));
    }

    @Test
    void hamzaAndPersianLetters() {
        assertEquals(List.of("ادلب"), found("ادلب"));
        assertEquals(List.of("حماه"), found("حماه"));
        assertTrue(found("تهران").contains("تهران"));
    }


    @Test
    void aRangeAskedAgainGetsTheSameNamesAndAnotherRangeItsOwn() {
        String sentence = "قصف مدفعي على درعا وحماة";
        NormalizedText doc = ArabicNormalizer.normalize(sentence);
        List<Match<Place>> whole = M.find(doc, new Span(0, sentence.length()));
        assertEquals(List.of("درعا", "حماه"), whole.stream().map(Match::phrase).toList());
        assertTrue(whole == M.find(doc, new Span(0, sentence.length())), "the same search is not repeated");
        int hama = sentence.indexOf("وحماة");
        assertEquals(List.of("حماه"), M.find(doc, new Span(hama, sentence.length())).stream().map(Match::phrase).toList());
        // a range cut inside a word ends on another offset: searched anew ("درع" names nothing)
        int daraa = sentence.indexOf("درعا");
        assertEquals(List.of(), M.find(doc, new Span(0, daraa + 3)).stream().map(Match::phrase).toList());
        assertEquals(List.of("درعا"), M.find(doc, new Span(0, daraa + 4)).stream().map(Match::phrase).toList());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> whole.clear());
    }

    @Test
    void oneLetterWordsAsTheRegexSawThem() {
        // the scan replaced ".*(^| )\\S( |$).*": the same answer on every gazetteer name and on edge cases
        Pattern regex = Pattern.compile(".*(^| )\\S( |$).*");
        Gazetteer g = Gazetteer.load();
        int names = 0;
        for (String name : g.nameIndex().keySet()) {
            assertEquals(regex.matcher(name).matches(), ToponymMatcher.hasOneLetterWord(name), name);
            names++;
        }
        assertTrue(names > 1000);
        for (String s : List.of("", " ", "a", "ab", "a b", "ab c", "ab cd", " a ", "ab  c", "ab\tc", "ab \t", "x\uD83D\uDE00 y",
                "\uD83D\uDE00 ab", "ab \uD83D\uDE00")) {
            assertEquals(regex.matcher(s).matches(), ToponymMatcher.hasOneLetterWord(s), s);
        }
        assertTrue(ToponymMatcher.hasOneLetterWord("abc d"));
        assertFalse(ToponymMatcher.hasOneLetterWord("abc de"));
    }
}
