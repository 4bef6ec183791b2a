package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.testing.RealTexts;

class WordEndingsTest {
    @Test
    void aWordPassesWhenAnyOfItsReadingsWasAdded() {
        int skipped = 0;
        for (RealTexts.Text t : RealTexts.all().subList(0, 60)) {
            WordEndings ends = new WordEndings();
            ends.add("المرصد");
            ends.add("امس");
            ends.add("و");
            for (Token w : ArabicTokenizer.tokenize(ArabicNormalizer.normalize(t.text()).text())) {
                boolean known = false;
                for (CliticSplitter.Reading r : CliticSplitter.readings(w.text(), false)) {
                    known |= r.stem().equals("المرصد") || r.stem().equals("امس") || r.stem().equals("و");
                }
                if (known) {
                    assertTrue(ends.mayEndLike(w.text()), w.text());
                }
                skipped += ends.mayEndLike(w.text()) ? 0 : 1;
            }
        }
        assertTrue(skipped > 1000, skipped + " words skipped");
    }

    @Test
    void endsOnly() {
        WordEndings ends = new WordEndings();
        ends.add("المرصد");
        assertTrue(ends.mayEndLike("للمرصد"));
        assertTrue(ends.mayEndLike("رصد"));
        assertFalse(ends.mayEndLike("المرصدي"));
        assertFalse(ends.mayEndLike("د"));
    }
}
