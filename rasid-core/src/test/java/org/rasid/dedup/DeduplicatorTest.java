package org.rasid.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.clean.BoilerplateCleaner;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;
import org.rasid.segment.StorySegmenter;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;

class DeduplicatorTest {
    private static List<Story> stories(Document doc) {
        return StorySegmenter.withDefaults().segment(doc, BoilerplateCleaner.withDefaults().clean(doc));
    }

    private static Deduplicator.Result within(String seed) {
        Document doc = Document.ofText(seed, Seeds.text(seed));
        return Deduplicator.within(ArabicNormalizer.normalize(doc.text()), stories(doc));
    }

    private static List<Duplicate> paragraphsStarting(Deduplicator.Result r, String text, String start) {
        return r.duplicates().stream().filter(d -> d.kind().equals(Duplicate.PARAGRAPH))
                .filter(d -> d.span().of(text).startsWith(start)).toList();
    }

    @Test
    void repeatedDigestIsFoundStoryByStory() {
        String text = Seeds.text("004");
        Deduplicator.Result r = within("004");
        List<Story> stories = r.stories();
        // every item of the second digest block (stories 25..34) repeats the same item of the first
        for (Story s : stories.subList(25, 35)) {
            assertTrue(s.duplicateOf() >= 6 && s.duplicateOf() <= 21, s.index() + " -> " + s.duplicateOf());
            Story of = stories.get(s.duplicateOf());
            assertEquals(of.section(), s.section());
            String a = s.span().of(text);
            String b = of.span().of(text);
            assertEquals(a.substring(0, 40), b.substring(0, 40));
        }
        // the Hama item was shortened in the repeat: a near, not an exact, duplicate
        Duplicate hama = r.duplicates().stream().filter(d -> d.kind().equals(Duplicate.STORY) && d.story() == 29)
                .findFirst().orElseThrow();
        assertFalse(hama.exact());
        assertEquals(1.0, hama.containment());
        assertEquals(13, hama.ofStory());
        // no other story repeats one
        long repeats = stories.stream().filter(s -> s.duplicateOf() >= 0).count();
        assertEquals(10, repeats);
    }

    @Test
    void repeatedParagraphsAreFound() {
        String text = Seeds.text("004");
        Deduplicator.Result r = within("004");
        // "وفي الأيام القليلة الماضية، توالت تحذيرات دولية…" printed three times: two repeats of story 2's paragraph
        List<Duplicate> warnings = paragraphsStarting(r, text, "وفي الأيام القليلة الماضية، توالت تحذيرات دولية");
        assertEquals(2, warnings.size());
        assertEquals(List.of(3, 4), warnings.stream().map(Duplicate::story).toList());
        assertTrue(warnings.stream().allMatch(d -> d.exact() && d.ofStory() == 2));
        // "وبات ملف إدلب حاضراً…" closes story 1 and, word for word, the last story
        List<Duplicate> idlib = paragraphsStarting(r, text, "وبات ملف إدلب حاضراً على طاولة المفاوضات");
        assertEquals(1, idlib.size());
        assertTrue(idlib.get(0).exact());
        assertEquals(1, idlib.get(0).ofStory());
        assertEquals(35, idlib.get(0).story());
        // "مصدر عسكري مطلع…" repeats "وكان مصدر عسكري مطلع… يوم أمس" with small edits: near duplicate
        List<Duplicate> source = paragraphsStarting(r, text, "مصدر عسكري مطلع على الأحداث الجارية");
        assertEquals(1, source.size());
        assertFalse(source.get(0).exact());
        assertTrue(source.get(0).ofSpan().of(text).startsWith("وكان مصدر عسكري مطلع"));
        assertTrue(source.get(0).similarity() >= DuplicateIndex.MIN_JACCARD);
        // the ambush of Liwa al-Shamal, reported again shorter in the Aleppo section
        List<Duplicate> ambush = paragraphsStarting(r, text, "استشهد 5 من عناصر لواء الشمال");
        assertEquals(1, ambush.size());
        assertEquals(5, ambush.get(0).ofStory());
        assertEquals(8, ambush.get(0).story());
        assertFalse(ambush.get(0).exact());
        // a sentence of a repeated paragraph is a repeat; one of its first printing is not
        assertTrue(r.isRepeat(ambush.get(0).span()));
        assertFalse(r.isRepeat(ambush.get(0).ofSpan()));
    }

    @Test
    void articlesWithoutRepeatsHaveNone() {
        for (String seed : new String[] {"000", "001", "002", "003"}) {
            assertEquals(List.of(), within(seed).duplicates(), seed);
        }
    }

    @Test
    void repeatsAcrossDocumentsWithASharedIndex() {
        DuplicateIndex paragraphs = new DuplicateIndex();
        DuplicateIndex storyIndex = new DuplicateIndex();
        Document first = Document.ofText("orient-1", Seeds.text("002"));
        // the same article elsewhere, with other hamza and ya spellings and diacritics: an exact repeat once normalised
        String respelled = Seeds.text("002").replace("أ", "ا").replace("إبادة", "ابادة").replace("روسيا", "روسيَا");
        Document second = Document.ofText("mirror-7", respelled);
        Deduplicator.Result r1 = Deduplicator.find(ArabicNormalizer.normalize(first.text()), stories(first), paragraphs,
                storyIndex);
        Deduplicator.Result r2 = Deduplicator.find(ArabicNormalizer.normalize(second.text()), stories(second),
                paragraphs, storyIndex);
        assertEquals(List.of(), r1.duplicates());
        Duplicate story = r2.duplicates().stream().filter(d -> d.kind().equals(Duplicate.STORY)).findFirst().orElseThrow();
        assertEquals("orient-1", story.ofDoc());
        assertTrue(story.exact());
        assertEquals(-1, r2.stories().get(0).duplicateOf()); // duplicateOf is for repeats inside one document
        assertEquals(11, r2.duplicates().stream().filter(d -> d.kind().equals(Duplicate.PARAGRAPH)).count());
    }

    @Test
    void differentReportsOfTheSameKindAreNotDuplicates() {
        // two shelling items of the digest share phrases ("لقصف مدفعي من قبل قوات الأسد") but are different events
        String a = "تعرضت قرية تل طوقان بالريف الشرقي لقصف مدفعي من قبل قوات الأسد.";
        String b = "تعرضت قرى جزرايا وزمار والعثمانية بالريف الجنوبي لقصف مدفعي وصاروخي من قبل قوات الأسد.";
        NormalizedText na = ArabicNormalizer.normalize(a);
        NormalizedText nb = ArabicNormalizer.normalize(b);
        DuplicateIndex index = new DuplicateIndex();
        assertEquals(null, index.addAndFind(new DuplicateIndex.Entry("a", 0, new org.rasid.text.Span(0, a.length())),
                Shingler.of(na, new org.rasid.text.Span(0, a.length()))));
        assertEquals(null, index.addAndFind(new DuplicateIndex.Entry("b", 0, new org.rasid.text.Span(0, b.length())),
                Shingler.of(nb, new org.rasid.text.Span(0, b.length()))));
    }
}
