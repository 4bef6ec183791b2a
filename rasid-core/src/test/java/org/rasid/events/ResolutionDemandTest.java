package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rasid.events.VerbalEvents.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionDemandTest {
    @Test
    void aResolutionThatCallsForACeasefireDemandsIt() {
        // ant-sk-middleeast-178-20180302
        assertEquals(List.of("10 UN"), speakers("وأصدر مجلس الأمن الدولي قرارا يوم السبت يدعو إلى وقف إطلاق النار في "
                + "جميع أنحاء البلاد لمدة 30 يوما."));
    }

    @Test
    void aDraftDecidesNothing() {
        List<String> events = speakers("وقدمت الولايات المتحدة يوم السبت مشروع قرار يدعو إلى إنشاء آلية تحقيق مستقلة.");
        assertEquals(true, events.stream().noneMatch(e -> e.startsWith("10")), events::toString);
    }
}
