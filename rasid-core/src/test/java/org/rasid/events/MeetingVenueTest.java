package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MeetingVenueTest {
    @Test
    void theCityAfterFiBehindTheMeetingIsItsVenueNotThePlaceItAgreedOn() {
        // ant-sk-middleeast-2087-20180601
        HandBuilt h = new HandBuilt("ويأتي ذلك بعد لقاء بين وزير الدفاع الإسرائيلي أفيغدور ليبرمان ونظيره الروسي سيرجي "
                + "شويغو في موسكو أثمر عن توافق روسي إسرائيلي على ضرورة انسحاب كل الميليشيات التابعة لإيران من مناطق "
                + "الجنوب السوري.").village("موسكو", "gn:524901", "RU").area("الجنوب السوري", "sy:syrian-south", "SY-DR");
        assertEquals("RU", MeetingVenue.of(h.sentence, h.trigger("لقاء"), h.places).admin1());
    }

    @Test
    void aVenueAfterFiAndASettlementWordIsTaken() {
        // snn-2015-07-24-1842 (ToponymResolver writes "العاصمة دمشق" as دمشق)
        HandBuilt h = new HandBuilt("وقال وزير خارجية النظام السوري وليد المعلم، بعد محادثاته مع دي مستورا في العاصمة دمشق ، إن "
                + "سوريا تدعم المبادرة.").village("دمشق", "gn:170654", "SY-DI");
        assertEquals("دمشق", MeetingVenue.of(h.sentence, h.trigger("محادثات"), h.places).locationAr());
    }

    @Test
    void aStateAbroadAfterFiIsAVenue() {
        // snn-2015-08-06-1463
        HandBuilt h = new HandBuilt("أعلن أمس الأربعاء وزير الخارجية التركي مولود تشاوش اوغلو أن بلاده ستبدأ قريبا بمحاربة "
                + "تنظيم داعش في شمال سوريا، خلال لقاء مع نظيره الأمريكي جون كيري في ماليزيا.")
                .area("ماليزيا", "gn:1733045", "MY");
        assertEquals("MY", MeetingVenue.of(h.sentence, h.trigger("لقاء"), h.places).admin1());
    }

    @Test
    void aPlaceAfterAWordOfTopicIsWhatTheMeetingIsAbout() {
        HandBuilt h = new HandBuilt("وعقدت محادثات بين الوفدين حول الوضع في حمص يوم الاثنين.")
                .village("حمص", "p1", "SY-HI");
        assertNull(MeetingVenue.of(h.sentence, h.trigger("محادثات"), h.places));
    }
}
