package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ArabicSearchAnalyzerTest {
    static List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var a = new ArabicSearchAnalyzer(); TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void spellingVariantsOfOnePlaceMeetOnOneTerm() throws IOException {
        // hamza forms, Persian ya/kaf and the article all fold away
        assertEquals(terms("إدلب"), terms("ادلب"));
        assertEquals(terms("اللاذقية"), terms("اللاذقیة"));
        assertEquals(terms("الاشتباكات"), terms("اشتباكات"));
        assertEquals(terms("وبالقصف"), terms("قصف"));
    }

    @Test
    void dropsStopWordsAndKeepsNumbersFromArabicIndicDigits() throws IOException {
        assertEquals(List.of("مقتل", "5"), terms("في مقتل ٥"));
    }
}
