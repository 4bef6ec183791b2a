package org.rasid.quantity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Token;

class SingularSubjectTest {
    private static final Set<String> STOPS = Set.of("جراء", "برصاص", "خلال");
    private static final Set<String> VICTIMS = Set.of("مدنيا", "مدنيون", "شخصا");

    /** Whether the verb (the first token reading {@code verb}) killed one, with punctuation, stops and victims read simply. */
    private static boolean one(String sentence, String verb) {
        NormalizedText doc = ArabicNormalizer.normalize(sentence);
        List<Token> t = doc.tokens(0, doc.length());
        int at = 0;
        while (!t.get(at).text().equals(verb)) {
            at++;
        }
        String text = doc.text();
        return SingularSubject.killedOne(t, at, at + 1,
                x -> x > 0 && text.substring(t.get(x - 1).end(), t.get(x).start()).matches(".*[،,.].*"),
                x -> STOPS.contains(t.get(x).text()),
                x -> VICTIMS.contains(t.get(x).text()) || t.get(x).text().matches("[0-9]+"));
    }

    @Test
    void aSingularVerbAfterItsSubjectWithNoVictimsAfterIt() {
        assertTrue(one("وأكد المرصد أن القائد الميداني قتل في غارة جوية على ريف حلب", "قتل"));
        assertTrue(one("وقالت مصادر إن الممرضة استشهدت جراء القصف على المشفى", "استشهدت"));
        assertTrue(one("وأعلنت الفصائل أن قائدها قتل، وتوعدت بالرد", "قتل"));
    }

    @Test
    void notBeforeItsSubjectNorWithAnObject() {
        assertFalse(one("قتل في الغارة على البلدة 12 مدنيا", "قتل"), "nothing before it");
        assertFalse(one("وقال المرصد إنه قتل في الغارة مدنيون من أهالي البلدة", "قتل"), "victims after it");
        assertFalse(one("وقال المرصد إن الجيش قتل العشرات من المسلحين", "قتل"), "an object after it");
        assertFalse(one("وفي البلدة، قتل في القصف شخصا", "قتل"), "a segment opened by the verb");
    }
}
