package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchSnippetsTest {
    private final SearchSnippets snippets = new SearchSnippets(new ArabicSearchAnalyzer());

    @Test
    void highlightsEveryFormOfTheWordWithArticleAndConjunction() throws Exception {
        String text = "مقدمة طويلة ".repeat(20) + "تجدد القصف على حلب الشرقية ثم عاد وبالقصف نفسه";
        Set<String> terms = snippets.terms("قصف");
        SearchHit hit = snippets.hit(IndexFields.story("d1", 2, "عنوان", "سانا", "2018-09-04", text), 1.5f, terms);
        assertEquals("d1", hit.doc());
        assertEquals(2, hit.story());
        assertTrue(hit.snippet().length() <= 320);
        assertEquals(2, hit.highlights().size(), hit.snippet());
        int[] first = hit.highlights().get(0);
        assertEquals("القصف", hit.snippet().substring(first[0], first[1]));
        int[] second = hit.highlights().get(1);
        assertEquals("وبالقصف", hit.snippet().substring(second[0], second[1]));
    }
}
