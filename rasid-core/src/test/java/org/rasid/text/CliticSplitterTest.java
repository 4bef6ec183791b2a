package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticSplitterTest {
    private static List<String> stems(String w, boolean pronouns) {
        return CliticSplitter.readings(ArabicNormalizer.normalizeTerm(w), pronouns).stream()
                .map(CliticSplitter.Reading::stem).toList();
    }

    @Test
    void stripsProcliticsAndArticle() {
        assertTrue(stems("بدرعا", false).contains("درعا"));
        assertTrue(stems("وإدلب", false).contains("ادلب"));
        assertTrue(stems("لإدلب", false).contains("ادلب"));
        assertTrue(stems("بالريف", false).contains("الريف"));
        assertTrue(stems("والفوعة", false).contains("الفوعه"));
        assertTrue(stems("للنظام", false).contains("النظام"), "ل + ال written لل");
        assertTrue(stems("وللنظام", false).contains("النظام"));
    }

    @Test
    void procliticsAreAConjunctionAPrepositionOrBothLongestFirst() {
        assertEquals(List.of("وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك"), List.of(CliticSplitter.PROCLITICS));
        assertEquals("لل", CliticSplitter.LAM_ARTICLE);
        assertTrue(stems("فبالقصف", false).contains("قصف"));
        assertTrue(stems("وكقوات", false).contains("قوات"));
        assertTrue(stems("فللمدنيين", false).contains("المدنيين"), "ف + ل + ال written فلل");
    }

    @Test
    void definiteMeansTheArticleBehindTheProclitics() {
        assertTrue(CliticSplitter.definite("الهجوم"));
        assertTrue(CliticSplitter.definite("وبالغارات"), "a conjunction and a preposition before the article");
        assertTrue(CliticSplitter.definite("للقاء"), "ل + ال written لل");
        assertFalse(CliticSplitter.definite("هجوم"));
        assertFalse(CliticSplitter.definite("مطالبا"), "ال inside a word is no article");
        assertFalse(CliticSplitter.definite("ال"), "no stem is left");
    }

    @Test
    void keepsShortWordsWhole() {
        assertFalse(stems("بل", false).contains("ل"));
        assertTrue(stems("بصرى", false).contains("بصري"), "the unsplit reading comes first");
    }

    @Test
    void pronounsOnlyWhenAsked() {
        assertTrue(stems("قصفها", true).contains("قصف"));
        assertFalse(stems("قصفها", false).contains("قصف"));
    }
}
