package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

class MeetingGrouperTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> meetings(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null && "04".equals(e.cameo())).toList();
    }

    @Test
    void aMeetingRetoldWithTheArticleIsOneEvent() {
        List<Event> es = meetings("أجرى الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس السوري بشار الأسد في سوتشي يوم الخميس. "
                + "واعتبر الأسد أن اللقاء فرصة لوضع رؤية مشتركة.");
        assertEquals(1, es.size(), es::toString);
        assertEquals("RUS", es.get(0).actor1());
        assertEquals("SYR_GOV", es.get(0).actor2());
    }

    @Test
    void aMeetingToldWithThePartiesReversedIsOneEvent() {
        List<Event> es = meetings("استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الروسي سيرغي لافروف في أنقرة يوم الاثنين. "
                + "وبحث لافروف مع أردوغان الوضع في إدلب.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void aPartysMeetingToldWithAVerbElsewhereIsAnotherMeeting() {
        // feed ant-sk-middleeast-3481-20180903: Zarif's talks on Idlib in Damascus, then his visit to Ankara
        List<Event> es = meetings("ووصل وزير الخارجية الإيراني محمد جواد ظريف صباح الاثنين إلى دمشق لإجراء محادثات حول "
                + "الهجوم على إدلب. وفي 29 أغسطس، زار ظريف أنقرة حيث التقى الرئيس التركي رجب طيب أردوغان، وبحث معه "
                + "الملف السوري.");
        assertEquals(List.of("SY-ID", "TR"), es.stream().map(Event::admin1).toList(), es::toString);
    }

    @Test
    void meetingsOfOtherPartiesStayApart() {
        List<Event> es = meetings("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو يوم الاثنين. "
                + "والتقى وزير الخارجية الإيراني نظيره القطري في الدوحة يوم الاثنين.");
        assertEquals(2, es.size(), es::toString);
    }

    @Test
    void aVerbThatStartsLikeTheArticleIsNoBackReference() {
        MeetingGrouper grouper = new MeetingGrouper(TriggerLexicon.load());
        Event verb = meetings("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو يوم الاثنين.").get(0);
        Event noun = meetings("واعتبر الرئيس السوري بشار الأسد يوم الخميس أن اللقاء فرصة لوضع رؤية مشتركة.").get(0);
        assertEquals(List.of(false, true), List.of(grouper.definite(verb), grouper.definite(noun)));
    }
}
