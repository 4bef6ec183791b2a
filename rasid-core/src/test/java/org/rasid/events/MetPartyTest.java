package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** A meeting told twice by one side keeps the other party the later mention names. */
class MetPartyTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    @Test
    void theLaterMentionNamesWhomTheFirstPartyMet() {
        // ant-cn-middleeast-1233-20180816: "الرئيسين المصري ... والفرنسي" reads Egypt alone; "تلقى ... من ماكرون"
        String text = "3 ملفات تصدرت مكالمة هاتفية جمعت الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون،"
                + " الخميس، حسبما أعلنت الرئاسة المصرية في بيانها.\nوذكرت الرئاسة المصرية على لسان المتحدث باسمها،"
                + " السفير بسام راضي، عبر موقع \"فيسبوك\"، أن السيسي تلقى اليوم اتصالاً هاتفياً من ماكرون.";
        List<Event> es = PIPELINE.process(new Document("t", "t", text, null, null, null, "2018-08-16", "UTF-8"))
                .events();
        assertEquals(1, es.size());
        Event call = es.get(0);
        assertEquals("04", call.cameo());
        assertEquals("EGY", call.actor1());
        assertEquals("FRA", call.actor2());
        // the first mention stands; the party's words point into the mention that named it
        assertEquals(0, call.evidence().start());
        assertEquals(text.indexOf("ماكرون.", 150), call.evidence().part("actor2").start());
    }
}
