package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class OwnActTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1()).toList();
    }

    @Test
    void aDelegationTheSpeakerSaysItSentIsItsConsultation() {
        assertEquals(List.of("04 TUR"), verbal("قالت وزارة الخارجية التركية يوم الأحد إنها أرسلت وفدا إلى "
                + "عمان لبحث ملف المعابر."));
    }

    @Test
    void investigatorsTheSpeakerWillSendAreItsInvestigation() {
        // announced for later, the sending is the speaker's act: the future does not cancel it
        assertEquals(List.of("09 UN"), verbal("أعلنت الأمم المتحدة يوم الخميس أنها سترسل فريق تحقيق إلى "
                + "بلدة سرمين."));
    }

    @Test
    void troopsSentAreNoConsultationAndAnotherSubjectIsNotTheSpeaker() {
        // the object noun tells a delegation from forces
        assertEquals(List.of("01 TUR"), verbal("قالت وزارة الخارجية التركية يوم الأحد إنها أرسلت قوات إلى "
                + "الحدود الجنوبية."));
        // "أنها" after a man's verb is someone else: the minister's statement is no plan of his own
        assertEquals(List.of("01 FRA"), verbal("قال وزير الخارجية الفرنسي يوم الخميس إن فرنسا تدعم الحوار وأكد "
                + "أنها سترسل فريق تحقيق إلى بلدة سرمين."));
    }
}
