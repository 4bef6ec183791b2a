package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/**
 * A nationality adjective on the act a statement is about names the side the statement is aimed at
 * (event_words.tsv addressed_act).
 */
class AdjectiveAddresseeTest {
    @Test
    void theIranianThreatMakesIranTheOneThreatened() {
        // ant-cn-middleeast-1279-20180903
        String text = "هدد وزير الدفاع الإسرائيلي أفيغدور ليبرمان، الإثنين، بأن بلاده لديها الحرية الكاملة في التعامل "
                + "مع التهديد الإيراني \"أينما كان\"، وأن الأمر لا يتوقف فقط على التهديدات الإيرانية من الأراضي السورية.";
        List<Event> events = StoryEvents.coded(text, "2018-09-03");
        Event threat = events.stream().filter(e -> "13".equals(e.cameo())).findFirst().orElseThrow();
        assertEquals("ISR", threat.actor1());
        assertEquals("IRN", threat.actor2());
    }
}
