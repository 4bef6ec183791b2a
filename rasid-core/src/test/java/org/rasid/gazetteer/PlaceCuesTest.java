package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.PhraseMatcher.Match;
import org.rasid.text.Token;

class PlaceCuesTest {
    private static final PlaceCues CUES = PlaceCues.load();

    private static List<String> types(String sentence) {
        String n = ArabicNormalizer.normalize(sentence).text();
        return CUES.find(n, ArabicTokenizer.tokenize(n)).stream()
                .map(m -> m.values().get(0).type() + ":" + m.values().get(0).value()).toList();
    }

    @Test
    void kindDirectionAndCountrysideCues() {
        // seed 004: "بالقرب من مدينة مورك بالريف الشمالي"
        assertEquals(List.of("NEAR:null", "KIND:city", "RURAL:N"), types("بالقرب من مدينة مورك بالريف الشمالي"));
        assertEquals(List.of("KIND:town", "DIRECTION:W", "KIND:city"), types("بلدة المنصور غرب مدينة الرقة"));
        assertEquals(List.of("COUNTRYSIDE:null", "ADJECTIVE:S"), types("قصف على ريف إدلب الجنوبي"));
    }

    @Test
    void aDirectionReadOnlyByTakingOffTheArticleIsNotADirection() {
        // "الشرقي" after "ريف درعا" is an adjective, not "east of"
        List<String> t = types("ريفي درعا الشرقي والسويداء الغربي");
        assertTrue(t.contains("ADJECTIVE:E"), t.toString());
        assertFalse(t.contains("DIRECTION:E"), t.toString());
    }

    @Test
    void wordListsReadThroughClitics() {
        // callers pass normalised words
        assertTrue(CUES.is(PlaceCues.Type.ORG, ArabicNormalizer.normalizeTerm("لهيئة")));
        assertTrue(CUES.is(PlaceCues.Type.GIVEN, ArabicNormalizer.normalizeTerm("وأحمد")));
        assertTrue(CUES.common(ArabicNormalizer.normalizeTerm("الثورة")));
        assertFalse(CUES.common(ArabicNormalizer.normalizeTerm("كفريا")));
    }

    @Test
    void aNamesTraitsAreWorkedOutOnceAndAgreeWithTheLists() {
        String capital = ArabicNormalizer.normalizeTerm("دمشق");
        String common = ArabicNormalizer.normalizeTerm("الثورة");
        PlaceCues.Name first = CUES.name(capital);
        assertTrue(first.seat());
        assertFalse(first.common());
        assertSame(first, CUES.name(capital));
        assertTrue(CUES.name(common).common());
        assertFalse(CUES.name(common).seat());
        assertFalse(CUES.name(ArabicNormalizer.normalizeTerm("كفريا")).seat());
    }

    @Test
    void aTokensAnswerIsTheWordsAnswerKeptInTheWord() {
        String n = ArabicNormalizer.normalize("قال أحمد إن لهيئة الإغاثة مكتبا في حلب وزار وفد الهيئة حلب").text();
        List<Token> tokens = ArabicTokenizer.tokenize(n);
        for (int pass = 0; pass < 2; pass++) { // the second pass reads the kept answers
            for (Token t : tokens) {
                for (PlaceCues.Type type : PlaceCues.Type.values()) {
                    assertEquals(CUES.is(type, t.text()), CUES.is(type, t), type + " " + t.text());
                }
            }
        }
        assertTrue(CUES.is(PlaceCues.Type.ORG, tokens.get(3)));
        assertTrue(CUES.is(PlaceCues.Type.GIVEN, tokens.get(1)));
        assertFalse(CUES.is(PlaceCues.Type.ORG, tokens.get(tokens.size() - 1)));
    }

    @Test
    void nameHeadsAndLabelsAreDataNotMatchedCues() {
        assertTrue(CUES.nameHead("تل"));
        assertTrue(CUES.nameHead(ArabicNormalizer.normalizeTerm("خربة")));
        assertFalse(CUES.nameHead("وتل")); // compared as written: no clitic reading
        assertEquals("ريف", CUES.label("countryside"));
        assertEquals(List.of(), types("تل")); // a name head is no cue phrase
    }

    @Test
    void cueMatchesKeepTheirTokens() {
        String n = ArabicNormalizer.normalize("في بلدتي كفريا والفوعة").text();
        Match<PlaceCues.Cue> m = CUES.find(n, ArabicTokenizer.tokenize(n)).get(0);
        assertEquals(1, m.tokenStart());
        assertEquals("بلدتي", n.substring(m.start(), m.end()));
    }
}
