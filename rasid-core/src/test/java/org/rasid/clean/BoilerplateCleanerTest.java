package org.rasid.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.testing.Prerequisites;
import org.rasid.testing.Seeds;
import org.rasid.text.Span;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = BoilerplateCleaner.withDefaults();

    private static Document seed(String prefix) {
        return Document.ofText(prefix, Seeds.text(prefix));
    }

    /** Texts of the blocks of each kind. */
    private static Map<BlockKind, List<String>> byKind(Document doc, Cleaning c) {
        return c.blocks().stream().collect(Collectors.groupingBy(Block::kind,
                Collectors.mapping(b -> b.span().of(doc.text()), Collectors.toList())));
    }

    private static String news(Document doc, Cleaning c) {
        return c.news().stream().map(b -> b.span().of(doc.text())).collect(Collectors.joining("\n"));
    }

    @Test
    void seed000SiteNameBylineAndRelatedArticles() {
        Document doc = seed("000");
        Cleaning c = cleaner.clean(doc);
        Map<BlockKind, List<String>> k = byKind(doc, c);
        assertEquals(List.of("- It's Over 9000!"), k.get(BlockKind.SITE_NAME));
        assertEquals(List.of("فصائل إدلب تفاوض على إجلاء أهالي \"كفريا والفوعة\"",
                "فصائل إدلب تفاوض على إجلاء أهالي \"كفريا والفوعة\""), k.get(BlockKind.TITLE));
        assertEquals(List.of("بلدي نيوز – (محمد الشمالي)"), k.get(BlockKind.BYLINE));
        List<String> related = k.get(BlockKind.RELATED);
        assertEquals(7, related.size());
        assertEquals("مقالات ذات صلة", related.get(0));
        assertTrue(related.contains("أمريكا تدرس تعزيز قواتها في سوريا"));
        assertTrue(related.contains("هجوم بالمسيرات يستهدف القواعد الامريكية شرق سوريا"));
        String news = news(doc, c);
        for (String gone : new String[] {"مقالات ذات صلة", "It's Over 9000", "أمريكا تدرس", "بلدي نيوز –"}) {
            assertFalse(news.contains(gone), gone);
        }
        assertTrue(news.startsWith("أكدت مصادر خاصة لبلدي نيوز"));
        assertTrue(news.endsWith("مع اقتصار التهجير على بضع مئات رافضين للاتفاق باتجاه الشمال."));
        assertEquals(6, c.news().size());
        PageMetadata m = c.metadata();
        assertEquals("فصائل إدلب تفاوض على إجلاء أهالي \"كفريا والفوعة\"", m.title());
        assertEquals("بلدي نيوز", m.outlet());
        assertEquals("محمد الشمالي", m.editor());
    }

    @Test
    void seed001IsAllNews() {
        Document doc = seed("001");
        Cleaning c = cleaner.clean(doc);
        assertEquals(List.of(), c.skipped());
        assertEquals(15, c.news().size());
        assertNull(c.metadata().title());
    }

    @Test
    void seed002RepeatedTitleCommentCounterAndMostRead() {
        Document doc = seed("002");
        Cleaning c = cleaner.clean(doc);
        Map<BlockKind, List<String>> k = byKind(doc, c);
        assertEquals(List.of("أين وصلت المفاوضات بين \"جيش الإسلام\" وروسيا؟",
                "أين وصلت المفاوضات بين \"جيش الإسلام\" وروسيا؟"), k.get(BlockKind.TITLE));
        assertEquals(List.of("التعليقات (0)", "0"), k.get(BlockKind.COMMENTS));
        assertEquals(List.of("الأكثر قراءة", "💡 أهم المواضيع", "✨ أهم التصنيفات"), k.get(BlockKind.MOST_READ));
        String news = news(doc, c);
        for (String gone : new String[] {"التعليقات", "الأكثر قراءة", "أهم المواضيع", "أين وصلت المفاوضات"}) {
            assertFalse(news.contains(gone), gone);
        }
        assertTrue(news.startsWith("كشف مصدر مفاوض لأورينت نت (الثلاثاء)"));
        assertTrue(news.endsWith("وأن أهالي الأرض هم من سيدافعون عنها، وفق تعبيره."));
    }

    @Test
    void seed003TickerItemsEditorDateAndDateline() {
        Document doc = seed("003");
        Cleaning c = cleaner.clean(doc);
        Map<BlockKind, List<String>> k = byKind(doc, c);
        assertEquals(List.of("الأخبار العاجلة"), k.get(BlockKind.TICKER_HEAD));
        List<String> ticker = k.get(BlockKind.TICKER);
        assertEquals(10, ticker.size());
        assertEquals("هيئة الصحة التابعة لــ\"قسد\" تسجل حالتي وفاة جديدتين بفيروس\" كورونا\" في شمال شرقي سوريا"
                + " ليرتفع العدد إلى 12 وفاة", ticker.get(0));
        assertEquals("\"الجبهة الوطنية للتحرير\" تسقط طائرة استطلاع يرجح أنها روسية فوق بلدة معربليت جنوب إدلب"
                + " (مصدر عسكرية)", ticker.get(3));
        assertEquals("مقتل مقاتلين سابقين في \"الجيش الحر\" برصاص مجهولين في درعا البلد (مصادر محلية)", ticker.get(9));
        for (String item : ticker) {
            assertFalse(item.matches(".*\\d{2}:\\d{2}.*"), "time stamp left in " + item);
        }
        assertEquals(List.of("pictogram-avatar", "access_time"), k.get(BlockKind.UI));
        assertEquals(List.of("Editing: حسن برهان |"), k.get(BlockKind.EDITOR));
        assertEquals(List.of("تاريخ النشر: 2018/07/02 16:12"), k.get(BlockKind.PUBLISHED));
        assertEquals(List.of("سمارت-درعا"), k.get(BlockKind.DATELINE));
        assertEquals(List.of("الروس يعرضون على \"تحرير الشام\" بدرعا الخروج نحو إدلب ويرفضون خروج \"الحر\""),
                k.get(BlockKind.TITLE));
        PageMetadata m = c.metadata();
        assertEquals("2018-07-02T16:12", m.published());
        assertEquals("سمارت", m.outlet());
        assertEquals("درعا", m.dateline());
        assertEquals("حسن برهان", m.editor());
        assertEquals(7, k.get(BlockKind.BODY).size());
        assertTrue(k.get(BlockKind.BODY).get(0).startsWith("عرض وفد عسكري روسي"));
    }

    @Test
    void seed004DigestIsAllNews() {
        Document doc = seed("004");
        Cleaning c = cleaner.clean(doc);
        assertEquals(List.of(), c.skipped());
        assertEquals(101, c.news().size());
    }

    @Test
    void blocksAreOrderedTrimmedAndDisjointOnEverySeed() {
        for (var f : Seeds.files()) {
            String name = f.getFileName().toString().substring(0, 3);
            Document doc = seed(name);
            List<Block> blocks = cleaner.clean(doc).blocks();
            Span prev = null;
            for (Block b : blocks) {
                String t = b.span().of(doc.text());
                assertEquals(t.strip(), t, name);
                assertFalse(t.isEmpty(), name);
                if (prev != null) {
                    assertTrue(prev.end() <= b.span().start(), name + " " + prev + " " + b);
                }
                prev = b.span();
            }
        }
    }

    @Test
    void readerTitleIsRecognisedAndCaptionsAreNoTitle() {
        String text = "مقتل قائد الفرقة 11 دبابات\nعين اليوم – بيروت\nشيع النظام السوري أمس جثمان اللواء محسن مخلوف.\n"
                + "صورة من موقع الانفجار\nوأفاد المرصد بأن مخلوف قتل في ريف حمص الشرقي.";
        Document doc = new Document("snn", "t", text, "مقتل قائد الفرقة 11 دبابات", null, null, null, "UTF-8");
        Cleaning c = cleaner.clean(doc);
        Map<BlockKind, List<String>> k = byKind(doc, c);
        assertEquals(List.of("مقتل قائد الفرقة 11 دبابات"), k.get(BlockKind.TITLE));
        assertEquals(List.of("عين اليوم – بيروت"), k.get(BlockKind.DATELINE));
        assertEquals("عين اليوم", c.metadata().outlet());
        assertEquals("بيروت", c.metadata().dateline());
        // the caption inside the body is no title; it heads the paragraph below it and is no sentence of the story
        assertEquals(List.of("صورة من موقع الانفجار"), k.get(BlockKind.CROSSHEAD));
        assertEquals(2, k.get(BlockKind.BODY).size());
    }

    @Test
    void shareBarsAndAgencyDatelines() {
        String text = "بيروت 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
                + "أعلن مسؤول أن قوات النظام قصفت بلدة الزبداني بالبراميل المتفجرة.\nشارك: فيسبوك | تويتر | واتساب";
        Document doc = Document.ofText("x", text);
        Cleaning c = cleaner.clean(doc);
        Map<BlockKind, List<String>> k = byKind(doc, c);
        assertEquals(List.of("شارك: فيسبوك | تويتر | واتساب"), k.get(BlockKind.SHARE));
        assertEquals(1, k.get(BlockKind.DATELINE).size());
        assertEquals("واس", c.metadata().outlet());
        assertEquals("بيروت", c.metadata().dateline());
        assertEquals(1, c.news().size());
    }

    @Test
    void linkLinesToOtherArticlesAreRelatedNotNews() {
        String text = "قصفت طائرات حربية بلدة في ريف إدلب صباح اليوم وقتلت ثلاثة مدنيين بحسب ناشطين محليين.\n"
                + "للمزيد: روسيا تعلن هدنة جديدة في شمال البلاد\n"
                + "شاهد عيان: وصلت سيارات الإسعاف بعد ساعة من القصف.\n"
                + "اقرأ أيضا| الأمم المتحدة تدعو إلى فتح ممرات إنسانية\n"
                + "وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض.\n"
                + "وزير الخارجية التركي يحذر من هجوم على المدينة";
        Document doc = Document.ofText("link", text);
        Cleaning c = cleaner.clean(doc);
        assertEquals(List.of("للمزيد: روسيا تعلن هدنة جديدة في شمال البلاد",
                "اقرأ أيضا| الأمم المتحدة تدعو إلى فتح ممرات إنسانية",
                "وزير الخارجية التركي يحذر من هجوم على المدينة"), byKind(doc, c).get(BlockKind.RELATED));
        String news = news(doc, c);
        assertTrue(news.contains("شاهد عيان: وصلت"), "a cue word without a separator opens a sentence");
        assertTrue(news.endsWith("من تحت الأنقاض."));
        assertEquals(3, c.news().size());
    }

    @Test
    void crossheadsAreNotNews() {
        String text = "سيطرت فصائل المعارضة على قريتين في ريف حماة الشمالي بعد اشتباكات عنيفة مع قوات النظام.\n"
                + "نزوح نحو الحدود التركية\n"
                + "ونزحت مئات العائلات من القرى القريبة باتجاه المخيمات الحدودية خلال الليل.\n"
                + "وذكر مصدر محلي أن الطائرات الحربية قصفت الطريق الواصل بين القريتين وسط البلدة\n"
                + "وأضاف المصدر أن فرق الإسعاف لم تتمكن من الوصول إلى المصابين.\n"
                + "3- تسليم السلاح الثقيل خلال أسبوع من توقيع الاتفاق\n"
                + "وينص الاتفاق أيضا على خروج الرافضين له إلى الشمال.";
        Document doc = Document.ofText("crosshead", text);
        Cleaning c = cleaner.clean(doc);
        assertEquals(List.of("نزوح نحو الحدود التركية"), byKind(doc, c).get(BlockKind.CROSSHEAD));
        String news = news(doc, c);
        assertTrue(news.contains("وذكر مصدر محلي"), "a long clause opened by a conjunction is the story's");
        assertTrue(news.contains("3- تسليم"), "a numbered item is the story's");
        assertEquals(6, c.news().size());
    }

    @Test
    void externalCorpusKeepsItsBodies() {
        var shared = Seeds.shared();
        Prerequisites.require(shared != null, "shared corpus not present");
        var file = shared.resolve("corpus/external/saudinewsnet-syria-2015/articles.jsonl");
        Prerequisites.require(java.nio.file.Files.isRegularFile(file), file + " absent");
        var c = new org.rasid.testing.CollectingSink();
        new org.rasid.ingest.SourceReader().read(file, c);
        assertTrue(c.documents.size() > 300);
        int titled = 0;
        for (Document d : c.documents) {
            Cleaning cl = cleaner.clean(d);
            long titles = cl.blocks().stream().filter(b -> b.kind() == BlockKind.TITLE).count();
            titled += titles > 0 ? 1 : 0;
            // cleaning may drop titles and furniture, never most of an article
            int newsChars = cl.news().stream().mapToInt(b -> b.span().length()).sum();
            assertTrue(newsChars > 0.6 * (d.text().length() - d.title().length()), d.id());
        }
        assertTrue(titled > 0.95 * c.documents.size(), titled + " titles");
    }
}
