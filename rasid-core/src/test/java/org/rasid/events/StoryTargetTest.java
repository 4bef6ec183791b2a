package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** A capture's loser and a strike's victims the event's own clause leaves open come from the story. */
class StoryTargetTest {

    @Test
    void aCaptureTakesTheSideTheLeadSetsAgainstTheCapturer() {
        // ant-cn-middleeast-165-20180304: the lead names the side fought, the towns are listed in a later sentence
        String text = "قال الجيش السوري الموالي للنظام، الأحد، إنه تمكن من السيطرة على بلدة النشابية وعدد من المزارع "
                + "في الغوطة الشرقية، ناشرا مقطع فيديو لعملياته ضد من قال إنهم عناصر جبهة النصرة، فرع تنظيم القاعدة في "
                + "سوريا، وفقا لما نقلته وكالة الأنباء السورية الرسمية.\n"
                + "وأضاف: \"إن عمليات الجيش أسفرت عن استعادة السيطرة على بلدة النشابية وقرى ومزارع أوتايا وحوش "
                + "الصالحية وحوش خرابو وحزرما وبيت نايم ومزارع العب وكتيبة الدفاع الجوي وفوج النقل.\"";
        List<Event> events = StoryEvents.coded(text, "2018-03-04");
        Event taken = StoryEvents.at(events, "حوش خرابو");
        assertEquals("Government regains territory", taken.acledSubType());
        assertEquals("SYR_GOV", taken.actor1());
        assertEquals("HTS", taken.actor2()); // "جبهة النصرة" in 2018 is HTS (ActorSuccession)
        var named = taken.evidence().part("actor2");
        assertEquals("جبهة النصرة", text.substring(named.start(), named.end())); // the lead's words
    }

    @Test
    void aStateAbroadNamedInTheStoryLosesNoTown() {
        String text = "سيطرت القوات التركية، الأحد، على مدينة عفرين في شمال سوريا. "
                + "وقالت روسيا إنها تتابع الوضع في عفرين عن كثب.";
        assertNull(StoryEvents.at(StoryEvents.coded(text, "2018-03-18"), "عفرين").actor2());
    }

    @Test
    void sidesOfTwoCampsLeaveTheLoserOpen() {
        String text = "سيطرت قوات النظام، الأحد، على بلدة مديرا في الغوطة الشرقية. "
                + "ودارت اشتباكات في الغوطة الشرقية بين فصائل المعارضة وعناصر تنظيم داعش.";
        Event taken = StoryEvents.at(StoryEvents.coded(text, "2018-03-11"), "مديرا");
        assertNull(taken.actor2());
    }

    @Test
    void aStrikeTakesTheCiviliansTheNextSentenceCountsAtItsPlace() {
        // ant-fr-internationalnews-2040-20180628: the raids on Daraa, then the Observatory's toll of the day
        String text = "تستمر قوات النظام السوري بهجومها على مدينة درعا لليوم التاسع على التوالي، حيث استهدفت بالغارات "
                + "الجوية والبراميل المتفجرة الأربعاء المدينة وريفيها الشرقي والغربي في جنوب البلاد، في تصعيد دفع "
                + "بمنظمات إغاثية وإنسانية عدة إلى إبداء خشيتها على مصير المدنيين الذين واصلوا الفرار من ديارهم.\n"
                + "ووثق المرصد الأربعاء مقتل 17 مدنيا بينهم ستة أطفال، عشرة منهم جراء غارات روسية وسورية على ريف "
                + "درعا الشرقي، بينما قتل سبعة آخرون جراء غارات روسية على بلدة الطيبة الواقعة جنوب شرق مدينة درعا "
                + "قرب الحدود الأردنية.";
        List<Event> events = StoryEvents.coded(text, "2018-06-28");
        Event raids = StoryEvents.at(events, "درعا");
        assertEquals("SYR_GOV", raids.actor1());
        assertEquals("CIVILIANS", raids.actor2());
        var named = raids.evidence().part("actor2");
        assertEquals("مقتل 17 مدنيا", text.substring(named.start(), named.end()));
        // the toll told in the strike's own clause, before it
        assertEquals("CIVILIANS", StoryEvents.at(events, "الطيب").actor2());
    }

    @Test
    void aTollOfTheFightingIsNoStrikesToll() {
        // snn-2015-08-08-153: the men killed in the battles, told beside the barrels dropped on the town
        String text = "أفاد المرصد السوري لحقوق الإنسان، أن الطيران المروحي التابع للنظام، جدد قصفه بالبراميل المتفجرة "
                + "لمدينة داريا، حيث ألقى 12 برميلاً متفجرًا على الأقل على أماكن متعددة في المدينة. وأشار إلى أن "
                + "الفصائل الإسلامية المقاتلة في المدينة تمكنت من قتل وجرح العشرات من قوات النظام، في حين أسفرت "
                + "المعارك عن استشهاد 17 مقاتلاً من الفصائل بالإضافة إلى ستة مدنيين بينهم ثلاثة أطفال.";
        assertNull(StoryEvents.at(StoryEvents.coded(text, "2015-08-08"), "داريا").actor2());
    }

    @Test
    void anAirStrikeToldAsShellingKeepsTheWoundedOfItsSentence() {
        // snn-2015-08-09-340: the helicopters' strike (AerialMeans: an air strike) and the shelling beside it share
        // the wounded told after both; the strike is a "قصف" to its words, as the shelling is
        String text = "كما تعرضت أماكن في قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون بسهل الغاب "
                + "لقصف مكثف من الطيران المروحي، ترافق مع قصف من قبل قوات النظام على مناطق في قرى الحويز والحواش "
                + "والعنكاوي بسهل الغاب، ما أدى لسقوط عدد من الجرحى.";
        Event strike = StoryEvents.at(StoryEvents.coded(text, "2015-08-09"), "العمقيه");
        assertEquals("Air/drone strike", strike.acledSubType());
        assertEquals("CIVILIANS", strike.actor2());
    }

    @Test
    void aStrikeOfTheCampaignAgainstIsisTakesTheIsisSideTheStoryNames() {
        // snn-2015-07-31-1268: the coalition's raids on two bridges "that ISIS uses", its target told by no role cue
        String text = "نفذ الائتلاف الدولي بقيادة اميركية الجمعة غارات جوية على جسرين استراتيجيين في محافظة دير الزور "
                + "في شرق سوريا يقعان على طريقين رئيسيين يستخدمهما داعش بين سوريا والعراق، بحسب ما ذكر المرصد السوري "
                + "لحقوق الانسان.";
        Event raids = StoryEvents.at(StoryEvents.coded(text, "2015-07-31"), "محافظه دير الزور");
        assertEquals("COALITION", raids.actor1());
        assertEquals("ISIS", raids.actor2());
        var named = raids.evidence().part("actor2");
        assertEquals("داعش", text.substring(named.start(), named.end()));
    }

    @Test
    void aCampaignStrikeTakesTheIsisSideToldInAnotherSentence() {
        String raids = "نفذ الائتلاف الدولي بقيادة اميركية الجمعة غارات جوية على جسرين استراتيجيين في محافظة دير "
                + "الزور في شرق سوريا. ";
        String isis = "وهاجم تنظيم داعش الخميس بلدة مارع.";
        List<Event> events = StoryEvents.coded(raids + isis, "2015-07-31");
        assertEquals("ISIS", StoryEvents.at(events, "محافظه دير الزور").actor2());
        // a story that also sets the government's side as hit: the campaign may have struck either
        String government = "وقصفت فصائل المعارضة الخميس مواقع لقوات النظام في مدينة حلب. ";
        events = StoryEvents.coded(raids + government + isis, "2015-07-31");
        assertNull(StoryEvents.at(events, "محافظه دير الزور").actor2());
    }
}
