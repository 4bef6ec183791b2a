package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class OtherStoryTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** France 24, 12 May 2018: a story of Zarif's tour to save the nuclear deal. */
    private static final String TITLE = "إيران: ظريف في جولة دبلوماسية تشمل بكين وموسكو وبروكسل لإنقاذ الاتفاق النووي";
    private static final String LEAD = "يبدأ السبت وزير الخارجية الإيراني جولة دبلوماسية لإنقاذ الاتفاق النووي، يستهلها"
            + " من بكين ثم يتوجه إلى موسكو وبروكسل.";
    private static final String BODY = "من المرجح أن يزور ظريف بكين وموسكو، ثم بروكسل، مقر الاتحاد الأوروبي بهدف"
            + " إجراء محادثات حول الاتفاق النووي المبرم عام 2015.";
    private static final String CRITICISM = "من جهته، انتقد البيت الأبيض الجمعة \"الأفعال المتهورة\" لإيران، محذرا"
            + " من أنها تشكل \"تهديدا خطيرا\" للاستقرار في الشرق الأوسط.";
    private static final String ANSWERED = "وجاء انتقاد البيت الأبيض بعد أن اتهمت إسرائيل قوات إيرانية في سوريا"
            + " بإطلاق 20 صاروخا على الجزء الذي تحتله من هضبة الجولان، ما أدى إلى الرد الإسرائيلي.";

    private static List<Event> verbal(String title, String... paragraphs) {
        Document d = new Document("t", "t", title + "\n" + String.join("\n", paragraphs), title, null, null,
                "2018-05-12", "UTF-8");
        return PIPELINE.process(d).events().stream().filter(e -> e.acledType() == null).toList();
    }

    private static boolean whiteHouse(List<Event> es) {
        return es.stream().anyMatch(e -> "USA".equals(e.actor1()) && "11".equals(e.cameo()));
    }

    @Test
    void aStatementOfAStoryWhoseHeadlineLeadAndParagraphNameNothingOfSyriaIsAnotherMatter() {
        List<Event> es = verbal(TITLE, LEAD, BODY, CRITICISM);
        assertFalse(whiteHouse(es), es.toString());
    }

    @Test
    void theSameStatementAnsweringAnActInSyriaIsKept() {
        // the next paragraph tells what the criticism answered: Iranian rockets fired from Syria
        List<Event> es = verbal(TITLE, LEAD, BODY, CRITICISM, ANSWERED);
        assertTrue(whiteHouse(es), es.toString());
    }

    @Test
    void theSameStatementInAStoryWhoseHeadlineNamesSyriaIsKept() {
        List<Event> es = verbal("البيت الأبيض ينتقد إطلاق صواريخ إيرانية من سوريا", LEAD, BODY, CRITICISM);
        assertTrue(whiteHouse(es), es.toString());
    }
}
