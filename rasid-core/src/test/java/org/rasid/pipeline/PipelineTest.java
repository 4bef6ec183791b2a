package org.rasid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.clean.Block;
import org.rasid.ingest.Document;
import org.rasid.ingest.SourceReader;
import org.rasid.segment.Story;
import org.rasid.testing.CollectingSink;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class PipelineTest {
    private final Pipeline pipeline = Pipeline.withDefaults();

    private static List<Document> seeds() {
        CollectingSink c = new CollectingSink();
        new SourceReader().read(Seeds.dir(), c);
        assertEquals(List.of(), c.errors);
        assertEquals(5, c.documents.size());
        return c.documents;
    }

    @Test
    void offsetsRoundTripOnEverySeed() {
        for (Document doc : seeds()) {
            DocumentResult r = pipeline.process(doc);
            String text = r.document().text();
            assertEquals(doc.text(), text, "the text is never changed");
            NormalizedText norm = ArabicNormalizer.normalize(text);
            List<Block> skipped = r.cleaning().skipped();
            int sentences = 0;
            for (Story s : r.stories()) {
                assertEquals(text.substring(s.span().start(), s.span().end()), s.span().of(text));
                Span prev = null;
                for (Span p : s.paragraphs()) {
                    assertTrue(s.span().contains(p), doc.id());
                }
                for (Span sent : s.sentences()) {
                    sentences++;
                    String original = text.substring(sent.start(), sent.end());
                    assertEquals(original.strip(), original, "sentence not trimmed in " + doc.id());
                    assertTrue(s.paragraphs().stream().anyMatch(p -> p.contains(sent)), doc.id() + " " + sent);
                    assertTrue(prev == null || prev.end() <= sent.start(), doc.id());
                    for (Block b : skipped) {
                        assertFalse(b.span().overlaps(sent), doc.id() + ": sentence over " + b.kind());
                    }
                    // the sentence normalised alone equals the document's normalised text over its span
                    int ns = norm.fromOriginal(sent.start());
                    int ne = norm.fromOriginal(sent.end());
                    assertEquals(ArabicNormalizer.normalize(original).text(), norm.text().substring(ns, ne), doc.id());
                    // and that normalised range maps back to the sentence
                    assertEquals(sent, norm.toOriginal(ns, ne), doc.id());
                    prev = sent;
                }
            }
            assertTrue(sentences > 0, doc.id());
        }
    }

    @Test
    void everyNewsLineEndsUpInExactlyOneStory() {
        for (Document doc : seeds()) {
            DocumentResult r = pipeline.process(doc);
            String text = doc.text();
            for (Block b : r.cleaning().news()) {
                if (b.span().of(text).endsWith("::")) {
                    continue; // section headers are structure, not news
                }
                long in = r.stories().stream().filter(s -> s.paragraphs().contains(b.span())).count();
                assertEquals(1, in, doc.id() + ": " + b.span().of(text));
            }
        }
    }

    @Test
    void metadataFromTheTextFillsTheDocument() {
        Document d = seeds().get(3);
        DocumentResult r = pipeline.process(d);
        assertEquals("003_0168099232d9e71c", r.document().id());
        assertEquals("2018-07-02T16:12", r.document().published());
        assertEquals("سمارت", r.document().outlet());
        assertEquals("الروس يعرضون على \"تحرير الشام\" بدرعا الخروج نحو إدلب ويرفضون خروج \"الحر\"", r.document().title());
        // the events seam is filled: every event is this document's, with evidence in it
        org.junit.jupiter.api.Assertions.assertFalse(r.events().isEmpty());
        r.events().forEach(e -> assertEquals("003_0168099232d9e71c", e.doc()));
    }

    @Test
    void windows1256CopyGivesTheSameResult(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("003_0168099232d9e71c.txt");
        Files.write(f, Seeds.text("003").getBytes(Charset.forName("windows-1256")));
        CollectingSink c = new CollectingSink();
        new SourceReader().read(f, c);
        Document copy = c.documents.get(0);
        assertEquals("windows-1256", copy.charset());
        DocumentResult a = pipeline.process(copy);
        DocumentResult b = pipeline.process(seeds().get(3));
        assertEquals(b.stories(), a.stories());
        assertEquals(b.cleaning(), a.cleaning());
    }

    @Test
    void pageTitleLosesTheSiteNameGluedToIt() {
        String text = "الروس يعرضون على \"تحرير الشام\" بدرعا الخروج نحو إدلب\n\nعرض وفد عسكري روسي على \"هيئة تحرير"
                + " الشام\" في درعا جنوبي سوريا، الخروج نحو إدلب.";
        Document page = new Document("p", "p.html", text, "الروس يعرضون على \"تحرير الشام\" بدرعا الخروج نحو إدلب - سمارت",
                null, null, null, "UTF-8");
        assertEquals("الروس يعرضون على \"تحرير الشام\" بدرعا الخروج نحو إدلب", pipeline.process(page).document().title());
    }

    @Test
    void oddTextsGiveResultsNotExceptions() {
        String[] odd = {"حلب::", "::", "مقالات ذات صلة\nخبر أول\nخبر ثان", "التعليقات (0)\n0", "💡\n✨\n***",
            "عاجل - 09:33 - 10:00 - 11:00", "\u200F\u200E\u00A0\n\t", "كشفت", ".", "؟؟؟ ... !!!",
            "x".repeat(5000), "حلب::\nإدلب::\nحماة::", "Editing: |", "تاريخ النشر: 2018/99/99",
            "فصائل إدلب - It's Over 9000!", "سمارت-", "-درعا", "\r\n\r\nقصف على دوما.\r\n"};
        for (String text : odd) {
            DocumentResult r = pipeline.process(Document.ofText("odd", text));
            for (Story s : r.stories()) {
                for (Span sent : s.sentences()) {
                    assertTrue(sent.end() <= text.length());
                }
            }
            assertEquals(r.stories().isEmpty(), !r.warnings().isEmpty(), text);
        }
    }

    @Test
    void sharedIndexFindsRepeatsAcrossDocuments() {
        var paragraphs = new org.rasid.dedup.DuplicateIndex();
        var stories = new org.rasid.dedup.DuplicateIndex();
        DocumentResult first = pipeline.process(Document.ofText("a", Seeds.text("000")), paragraphs, stories);
        DocumentResult again = pipeline.process(Document.ofText("b", Seeds.text("000")), paragraphs, stories);
        assertEquals(List.of(), first.duplicates());
        assertTrue(again.duplicates().stream().allMatch(d -> d.ofDoc().equals("a") && d.exact()));
        assertEquals(7, again.duplicates().size()); // the story and its six paragraphs
    }

    /**
     * Issue 15: a document republishing another keeps its events as reports for the merge
     * (its outlet becomes a source), and still reports its duplicates against the run; without
     * a merge the run-wide index drops them, as before.
     */
    @Test
    void reportsKeepTheEventsOfAParagraphRepeatingAnEarlierDocument() {
        var paragraphs = new org.rasid.dedup.DuplicateIndex();
        var stories = new org.rasid.dedup.DuplicateIndex();
        DocumentResult first = pipeline.reports(Document.ofText("a", Seeds.text("000")), paragraphs, stories);
        DocumentResult copy = pipeline.reports(Document.ofText("b", Seeds.text("000")), paragraphs, stories);
        assertEquals(7, copy.duplicates().size());
        assertTrue(copy.duplicates().stream().allMatch(d -> d.ofDoc().equals("a")));
        assertFalse(first.events().isEmpty());
        assertEquals(first.events().size(), copy.events().size());
        assertEquals(pipeline.process(Document.ofText("b", Seeds.text("000"))).events(), copy.events());
        assertTrue(copy.events().stream().allMatch(e -> e.doc().equals("b")));

        var p2 = new org.rasid.dedup.DuplicateIndex();
        var s2 = new org.rasid.dedup.DuplicateIndex();
        pipeline.process(Document.ofText("a", Seeds.text("000")), p2, s2);
        assertEquals(List.of(), pipeline.process(Document.ofText("b", Seeds.text("000")), p2, s2).events());
    }

    /**
     * Confidence weighs where a sentence stands in its story (lead_sentence, sentence_position): the
     * position counts the story's news sentences only, so a crosshead the cleaner skips moves no event's
     * confidence (round 13 feared it counted every line of the page).
     */
    @Test
    void aSkippedCrossheadMovesNoEventsConfidence() {
        String lead = "سيطرت فصائل المعارضة على قريتين في ريف حماة الشمالي بعد اشتباكات عنيفة مع قوات النظام.\n";
        String shelled = "وذكر مصدر محلي أن الطائرات الحربية قصفت الطريق الواصل بين القريتين وسط البلدة.";
        String fled = "ونزحت مئات العائلات من القرى القريبة باتجاه المخيمات الحدودية خلال الليل.\n";
        DocumentResult headed = pipeline.process(Document.ofText("h", lead + "نزوح نحو الحدود التركية\n" + fled
                + "غارات على الطريق بين القريتين\n" + shelled));
        DocumentResult plain = pipeline.process(Document.ofText("h", lead + fled + shelled));
        assertEquals(2, headed.cleaning().skipped().size(), "both lines are crossheads");
        assertFalse(plain.events().isEmpty());
        assertEquals(told(plain), told(headed));
        // the same lines as sentences of the story push the shelling two sentences down
        DocumentResult asSentences = pipeline.process(Document.ofText("h", lead + "نزوح نحو الحدود التركية.\n" + fled
                + "غارات على الطريق بين القريتين.\n" + shelled));
        assertEquals(List.of(), asSentences.cleaning().skipped());
        String last = told(plain).get(told(plain).size() - 1);
        assertFalse(told(asSentences).contains(last), told(asSentences) + " against " + last);
    }

    /** Each event's kind and confidence, in order. */
    private static List<String> told(DocumentResult r) {
        return r.events().stream().map(e -> e.acledSubType() + " " + e.cameo() + " " + e.confidence()).toList();
    }
}
