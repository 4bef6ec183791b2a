package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** A campaign's force speaking of its campaign (campaigns.tsv marks) speaks of the campaign's foe. */
class CampaignStatementTest {
    // ant-sk-middleeast-395-20180319: the story names the Kurdish units Turkey fights
    private static final String STORY = "وتعتبر تركيا وحدات حماية الشعب الكردية منظمة إرهابية وامتدادا لحزب العمال "
            + "الكردستاني، الذي يخوض نزاعا مسلحا منذ عقود مع أنقرة، أسفر عن سقوط آلاف القتلى.\n"
            + "وبعد حملة عسكرية استمرت شهرين، سيطرت القوات التركية وفصائل سورية موالية لأنقرة الأحد على مدينة عفرين "
            + "ذات الغالبية الكردية في شمال سوريا، إثر انسحاب المقاتلين الأكراد منها.";

    @Test
    void turkeySayingItWillNotStopAtAfrinSpeaksOfTheKurdishUnits() {
        String lead = "أكد الرئيس التركي، رجب طيب أردوغان، الاثنين، أن قواته لن تتوقف عند عفرين في شمال سوريا، بل "
                + "ستكمل عملياتها لطرد المسلحين الأكراد على طول الحدود مع بلاده.\n";
        String text = lead + STORY;
        Event said = statement(StoryEvents.coded(text, "2018-03-19"), lead.length());
        assertEquals("YPG", said.actor2());
        var named = said.evidence().part("actor2");
        assertTrue(text.substring(named.start(), named.end()).startsWith("وحدات حماية الشعب"));
    }

    @Test
    void turkeySpeakingOfAnotherMatterKeepsNoAddressee() {
        // ant-sk-middleeast-3741-20181004: Turkey's stay in Syria until elections, no word of its campaign
        String lead = "قال الرئيس التركي رجب طيب أردوغان، الخميس، إن تركيا \"لن تغادر سوريا\" قبل أن يجري الشعب "
                + "السوري انتخابات.\n";
        Event said = statement(StoryEvents.coded(lead + STORY, "2018-10-04"), lead.length());
        assertNull(said.actor2());
    }

    private static Event statement(List<Event> events, int leadEnd) {
        for (Event e : events) {
            if ("TUR".equals(e.actor1()) && e.acledType() == null && e.evidence().start() < leadEnd) {
                return e;
            }
        }
        throw new AssertionError("no Turkish statement in the lead: " + events);
    }
}
