package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;

/** A strike or a clash of a campaign's force that names no target takes the campaign's foe (campaigns.tsv). */
class CampaignFoeTest {

    @Test
    void turkeysShellingOfAfrinHitTheKurdishForcesTheStoryNames() {
        // ant-fr-internationalnews-523-20180319: the Kurds' own fight against ISIS is told too, and is no rival
        String text = "قتلت شابة بريطانية تدعى آنا كامبل خلال مشاركتها إلى جانب وحدات حماية المرأة الكردية بالمعارك، "
                + "إثر قصف تركي على جبهات مدينة عفرين في شمال سوريا، وفق ما أعلنت متحدثة باسم الوحدات الاثنين.\n"
                + "أعلنت وحدات حماية المرأة الكردية الاثنين مصرع مقاتلة بريطانية شاركت بالمعارك التي خاضتها ضد "
                + "الهجوم التركي على منطقة عفرين في شمال سوريا، وفق ما أكدت متحدثة باسمها.\n"
                + "وأفادت المتحدثة باسم الوحدات نسرين عبد الله أن المقاتلة البريطانية آنا كامبل قتلت \"في 15 آذار/مارس "
                + "في قصف تركي على جبهات مدينة عفرين\". مضيفة \"تبلغنا البارحة باستشهادها وتواصلنا مع عائلتها\".\n"
                + "وانضم خلال السنوات الماضية المئات من المقاتلين الأجانب إلى صفوف الوحدات الكردية لدعمها في قتال "
                + "تنظيم \"الدولة الإسلامية\"، قبل أن تتحول عفرين إلى أولوية بالنسبة للمقاتلين الأكراد بعد بدء الهجوم التركي.";
        List<Event> events = StoryEvents.coded(text, "2018-03-19");
        Event shelling = events.stream().filter(e -> "TUR".equals(e.actor1())
                && "Explosions/Remote violence".equals(e.acledType())).findFirst().orElseThrow();
        assertEquals("YPG", shelling.actor2());
        var named = shelling.evidence().part("actor2");
        assertTrue(text.substring(named.start(), named.end()).startsWith("وحدات حماية المرأة"));
    }

    @Test
    void aStrikeThatKilledFightersOfAnotherSideKeepsItsTargetOpen() {
        // ant-sk-middleeast-295-20180314: the men killed at the checkpoint are loyal to Damascus, not the Kurds
        String text = "تشن تركيا وفصائل سورية موالية لها منذ 20 يناير هجوماً واسعاً ضد وحدات حماية الشعب الكردية "
                + "في منطقة عفرين.\n"
                + "وقتل عشرة مقاتلين موالين لدمشق الأربعاء جراء غارات تركية استهدفت حاجزاً لهم على الطريق الوحيد "
                + "المؤدي من عفرين باتجاه مناطق سيطرة قوات النظام، وفق المرصد.";
        List<Event> events = StoryEvents.coded(text, "2018-03-14");
        for (Event e : events) {
            if ("TUR".equals(e.actor1()) && "Air/drone strike".equals(e.acledSubType())) {
                assertNull(e.actor2());
                return;
            }
        }
        throw new AssertionError("no Turkish strike: " + events);
    }

    @Test
    void aUserAddsACampaignAsARow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("campaigns-test.tsv");
        Files.writeString(file, "#campaign\tforces\tfoes\trivals\tnotes\n"
                + "against_isis\tCOALITION|USA\tISIS\thome_side\t\n"
                + "yemen\tSAU|ARE\tHOUTHIS\t\tthe Saudi-led coalition in Yemen\n", StandardCharsets.UTF_8);
        System.setProperty("rasid.data", dir.toString());
        Campaigns campaigns = Campaigns.load("campaigns-test.tsv");
        assertEquals(List.of("HOUTHIS"), campaigns.foes("ARE"));
        assertEquals(List.of("ISIS"), campaigns.foes("USA"));
        assertTrue(campaigns.rivals("USA").contains("home_side"));
        assertTrue(campaigns.foes("RUS").isEmpty());
        Files.writeString(file, "#campaign\tforces\tfoes\trivals\tnotes\nx\tTUR\tYPG\t\t\ny\tTUR\tISIS\t\t\n",
                StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> Campaigns.load("campaigns-test.tsv"));
    }

    @AfterEach
    void reset() {
        System.clearProperty("rasid.data");
    }
}
