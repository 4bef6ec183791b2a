package org.rasid.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.clean.Block;
import org.rasid.clean.BoilerplateCleaner;
import org.rasid.ingest.Document;
import org.rasid.testing.Seeds;
import org.rasid.text.Span;

class StorySegmenterTest {
    private static List<Story> stories(String seed) {
        Document doc = Document.ofText(seed, Seeds.text(seed));
        return StorySegmenter.withDefaults().segment(doc, BoilerplateCleaner.withDefaults().clean(doc));
    }

    private static String head(String seed, Story s) {
        return s.span().of(Seeds.text(seed)).split(" ")[0];
    }

    @Test
    void digestIsSplitIntoItsStoriesWithSections() {
        List<Story> stories = stories("004");
        assertEquals(36, stories.size());
        // the reports before the first digest block: one story each, no section
        assertEquals(List.of("كشفت", "نقلت", "حذر", "دعت", "حذّر", "استشهد"),
                stories.subList(0, 6).stream().map(s -> head("004", s)).toList());
        assertEquals(List.of(7, 6, 6, 8, 4, 5), stories.subList(0, 6).stream().map(s -> s.paragraphs().size()).toList());
        for (Story s : stories.subList(0, 6)) {
            assertNull(s.section());
            assertEquals(Story.REPORT, s.kind());
        }
        // the first digest block: one story per item, each with its governorate section
        List<String> sections = new ArrayList<>();
        for (Story s : stories.subList(6, 22)) {
            sections.add(s.section());
            assertEquals(1, s.paragraphs().size());
        }
        assertEquals(List.of("حلب", "حلب", "حلب", "إدلب", "إدلب", "إدلب", "إدلب", "حماة", "حماة", "ديرالزور", "ديرالزور",
                "ديرالزور", "اللاذقية", "الحسكة", "الحسكة", "السويداء"), sections);
        assertTrue(stories.get(9).span().of(Seeds.text("004")).startsWith("انفجرت عبوة ناسفة استهدفت سيارة في الحي الشرقي في بلدة سرمين"));
        // the long articles after a digest block are not items of its last section
        assertEquals("نفى", head("004", stories.get(22)));
        assertNull(stories.get(22).section());
        assertEquals(6, stories.get(22).paragraphs().size());
        assertEquals("عبرت", head("004", stories.get(23)));
        assertEquals("قال", head("004", stories.get(24)));
        // the repeated digest block
        assertEquals(List.of("حلب", "إدلب", "إدلب", "إدلب", "حماة", "حماة", "ديرالزور", "ديرالزور", "الحسكة", "السويداء"),
                stories.subList(25, 35).stream().map(Story::section).toList());
        // the last report keeps its paragraphs that do not start with a conjunction
        Story last = stories.get(35);
        assertEquals("تتواصل", head("004", last));
        assertNull(last.section());
        assertEquals(8, last.paragraphs().size());
        assertTrue(last.paragraphs().get(1).of(Seeds.text("004")).startsWith("مصدر عسكري مطلع"));
        assertTrue(last.paragraphs().get(2).of(Seeds.text("004")).startsWith("أولى هذه العقبات"));
    }

    @Test
    void windowsLineEndingsSegmentTheSame() {
        Document crlf = Document.ofText("004", Seeds.text("004").replace("\n", "\r\n"));
        List<Story> stories = StorySegmenter.withDefaults().segment(crlf, BoilerplateCleaner.withDefaults().clean(crlf));
        List<Story> lf = stories("004");
        assertEquals(lf.size(), stories.size());
        for (int i = 0; i < lf.size(); i++) {
            assertEquals(lf.get(i).section(), stories.get(i).section());
            assertEquals(lf.get(i).span().of(Seeds.text("004")), stories.get(i).span().of(crlf.text()).replace("\r\n", "\n"));
        }
    }

    @Test
    void sectionHeadersAreNotNews() {
        String text = Seeds.text("004");
        for (Story s : stories("004")) {
            for (var p : s.paragraphs()) {
                assertTrue(!p.of(text).endsWith("::"), p.of(text));
            }
        }
    }

    @Test
    void tickerItemsAreStoriesOfTheirOwn() {
        List<Story> stories = stories("003");
        assertEquals(11, stories.size());
        for (Story s : stories.subList(0, 10)) {
            assertEquals(Story.TICKER, s.kind());
            assertEquals(1, s.sentences().size());
            assertNull(s.title());
        }
        Story article = stories.get(10);
        assertEquals(Story.ARTICLE, article.kind());
        assertEquals("الروس يعرضون على \"تحرير الشام\" بدرعا الخروج نحو إدلب ويرفضون خروج \"الحر\"", article.title());
        assertEquals("درعا", article.dateline());
        assertEquals("سمارت", article.outlet());
        assertEquals("2018-07-02T16:12", article.published());
        assertEquals(7, article.paragraphs().size());
    }

    @Test
    void ordinaryArticlesAreOneStory() {
        for (String seed : new String[] {"000", "001", "002"}) {
            List<Story> stories = stories(seed);
            assertEquals(1, stories.size(), seed);
            assertEquals(Story.ARTICLE, stories.get(0).kind());
            assertNull(stories.get(0).section());
        }
        // 001 opens paragraphs with verbs too ("قال شهود عيان", "دخلت وحدة"), but has no sections: one story
        assertEquals(15, stories("001").get(0).paragraphs().size());
        assertEquals(11, stories("002").get(0).paragraphs().size());
    }

    @Test
    void sentencesOfSeed002() {
        Story s = stories("002").get(0);
        String text = Seeds.text("002");
        assertEquals("كشف مصدر مفاوض لأورينت نت (الثلاثاء) بأن قوات الاحتلال الروسي هددت بإبادة مدينة دوما، ما لم يرضخ"
                + " \"جيش الإسلام\" لشروطها، ضمن المفاوضات الجارية بين الطرفين.", s.sentences().get(0).of(text));
        assertEquals(s.paragraphs().size(), s.sentences().size());
    }

    @Test
    void sectionNames() {
        assertEquals("حلب", StorySegmenter.sectionName("حلب::"));
        assertEquals("دير الزور", StorySegmenter.sectionName(" دير الزور :: "));
        assertNull(StorySegmenter.sectionName("وقال: \"نحن\""));
    }

    /** The in-place "::" test never turns away a paragraph that is a section header. */
    @Test
    void aSectionHeaderAlwaysMayBeOne() {
        String[] cases = {"حلب::", " دير الزور :: ", "حلب:::\u0085", "حلب: :", "حلب:", "::", "a::b", "وقال: \"نحن\"", ""};
        for (String c : cases) {
            String text = "x\n" + c + "\ny";
            Span span = new Span(2, 2 + c.length());
            if (StorySegmenter.sectionName(c) != null) {
                assertTrue(StorySegmenter.mayBeSection(text, span), c);
            }
            assertEquals(c.contains("::"), StorySegmenter.mayBeSection(text, span), c);
        }
        int paragraphs = 0;
        for (Path p : Seeds.files()) {
            String seed = p.getFileName().toString().substring(0, 3);
            String text = Seeds.text(seed);
            for (Block b : BoilerplateCleaner.withDefaults().clean(Document.ofText(seed, text)).news()) {
                String para = b.span().of(text);
                assertEquals(para.contains("::"), StorySegmenter.mayBeSection(text, b.span()), para);
                if (StorySegmenter.sectionName(para) != null) {
                    assertTrue(StorySegmenter.mayBeSection(text, b.span()), para);
                }
                paragraphs++;
            }
        }
        assertTrue(paragraphs > 100, "" + paragraphs);
    }
}
