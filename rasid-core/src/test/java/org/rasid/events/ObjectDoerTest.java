package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.rasid.events.StoryEvents.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** The agent of the act a condemnation is about ("من قبل طيران النظام") is the side condemned, not who condemns. */
class ObjectDoerTest {
    @Test
    void theRegimeAirForceDroppingTheBarrelsIsTheOneCondemned() {
        // snn-2015-07-24-733
        String text = "وكان المبعوث الأممي ستيفان دي ميستورا قد وصل دمشق صباح أمس الخميس قادما من بيروت لإجراء محادثات "
                + "مع مسؤولي النظام والمعارضة بشأن تطورات الوضع السوري، استبقها بإدانة للبراميل المتفجرة التي تسقط على "
                + "مدينة الزبداني من قبل طيران النظام السوري.";
        List<Event> events = StoryEvents.coded(text, "2015-07-24");
        Event condemnation = at(events, "الزبداني");
        assertEquals("SYR_GOV", condemnation.actor2());
        assertNotEquals("SYR_GOV", condemnation.actor1());
    }
}
