package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Span;

/** A duplicate index with a memory window: the same answers while nothing is forgotten, bounded after. */
class DuplicateIndexWindowTest {
    private static DuplicateIndex.Match add(DuplicateIndex index, String doc, String text) {
        Span all = new Span(0, text.length());
        return index.addAndFind(new DuplicateIndex.Entry(doc, 0, all), Shingler.of(ArabicNormalizer.normalize(text), all));
    }

    @Test
    void aWindowThatForgetsNothingAnswersAsTheUnboundedIndex() {
        DuplicateIndex all = new DuplicateIndex();
        DuplicateIndex windowed = new DuplicateIndex(1L << 30);
        int found = 0;
        int i = 0;
        for (String text : DuplicateIndexPruningTest.texts()) {
            DuplicateIndex.Match want = add(all, "d" + i, text);
            DuplicateIndex.Match got = add(windowed, "d" + i++, text);
            assertEquals(want, got, text);
            found += want == null ? 0 : 1;
        }
        assertTrue(found > 100, "matches compared: " + found);
        assertEquals(0, windowed.forgotten());
        assertEquals(all.size(), windowed.size());
    }

    @Test
    void aSmallWindowForgetsTheOldestTextsAndStaysSmall() {
        List<String> texts = DuplicateIndexPruningTest.texts();
        String first = texts.get(0);
        DuplicateIndex all = new DuplicateIndex();
        DuplicateIndex windowed = new DuplicateIndex(256 << 10);
        int foundAll = 0;
        int foundWindowed = 0;
        int i = 0;
        for (String text : texts) {
            foundAll += add(all, "d" + i, text) == null ? 0 : 1;
            foundWindowed += add(windowed, "d" + i++, text) == null ? 0 : 1;
        }
        assertTrue(windowed.forgotten() > 0, "forgotten " + windowed.forgotten());
        assertTrue(windowed.size() < all.size() / 2, windowed.size() + " of " + all.size());
        // what a window costs: fewer copies recognised, but most edited copies follow their text closely
        assertTrue(foundWindowed < foundAll && foundWindowed > 0, foundWindowed + " of " + foundAll);
        DuplicateIndex.Match old = add(all, "again", first);
        assertEquals("d0", old.of().doc(), "the unbounded index still knows the first text");
        assertTrue(old.exact());
        DuplicateIndex.Match forgot = add(windowed, "again", first);
        // the windowed one has forgotten it: at most a recent edited copy of it is found
        assertTrue(forgot == null || !forgot.exact() && !forgot.of().doc().equals("d0"), String.valueOf(forgot));
        String last = texts.get(texts.size() - 1);
        DuplicateIndex.Match recent = add(windowed, "again", last);
        assertNotNull(recent);
        assertTrue(recent.exact());
    }

    @Test
    void aTextInTheOlderGenerationIsStillFound() {
        List<String> texts = DuplicateIndexPruningTest.texts();
        DuplicateIndex windowed = new DuplicateIndex(256 << 10);
        String first = texts.get(0);
        add(windowed, "d0", first);
        // until the first generation, first text included, is full and set aside as the older one
        for (int i = 1; windowed.turns() == 0; i++) {
            assertFalse(windowed.filled());
            add(windowed, "d" + i, texts.get(i));
        }
        assertTrue(windowed.filled(), "full once: the older generation holds half the window");
        DuplicateIndex.Match m = add(windowed, "again", first);
        assertNotNull(m, "the older generation is still searched");
        assertEquals("d0", m.of().doc());
        assertTrue(m.exact());
        assertEquals(0, windowed.forgotten());
    }

    @Test
    void anIndexSizedForItsTextsAnswersAsOneMadeSmall() {
        List<String> texts = DuplicateIndexPruningTest.texts();
        DuplicateIndex small = new DuplicateIndex();
        // sized for a tenth of the texts: it holds those without growing, then grows as any index
        DuplicateIndex sized = DuplicateIndex.sizedFor(texts.size() / 10, texts.size() / 10);
        int found = 0;
        int i = 0;
        for (String text : texts) {
            DuplicateIndex.Match want = add(small, "d" + i, text);
            assertEquals(want, add(sized, "d" + i++, text), text);
            found += want == null ? 0 : 1;
        }
        assertTrue(found > 100, "matches compared: " + found);
        assertEquals(small.size(), sized.size());
    }
}
