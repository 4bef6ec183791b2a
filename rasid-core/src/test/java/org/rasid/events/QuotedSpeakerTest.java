package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class QuotedSpeakerTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** "cameo actor1" of the verbal events of a text. */
    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1()).toList();
    }

    @Test
    void theSubjectOfTheSpeechVerbSpeaksNotAnActorOfAnEarlierClause() {
        // ant-sk-middleeast-932-20180411 (feed): France says it will respond, not Washington named before فيما
        List<String> got = verbal("وتتوعد دول غربية منذ يومين بـ\"رد قوي\"، وتحدثت واشنطن عن قرار مهم في \"وقت قصير "
                + "جداً\"، فيما أكدت فرنسا أنها سترد في حال تخطت دمشق \"الخط الأحمر\".");
        assertTrue(got.contains("13 FRA"), got.toString());
        assertFalse(got.contains("13 USA"), got.toString());
    }

    @Test
    void aBareTitleAfterTheSpeechVerbPointsBackToTheOfficialToldBefore() {
        // ant-sk-middleeast-839-20180407 (dev): the American official lays the blame on Russia, not Russia on itself
        List<String> got = verbal("وقال مسؤول في الخارجية الأميركية لسكاي نيوز عربية، إن النظام السوري لديه تاريخ في "
                + "استخدام الأسلحة الكيماوية ضد شعبه، بحسب مراسلتنا. وأضاف المسؤول، أن روسيا تتحمل المسؤولية لهذا "
                + "الاستهداف الوحشي لعدد لا يحصى من السوريين بالأسلحة الكيميائية.");
        assertTrue(got.contains("11 USA"), got.toString());
        assertFalse(got.contains("11 RUS"), got.toString());
    }
}
