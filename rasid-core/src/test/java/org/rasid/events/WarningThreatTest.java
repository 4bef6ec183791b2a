package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class WarningThreatTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<String> cameos(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo()).toList();
    }

    @Test
    void aWarningOfTheSpeakersOwnActIsAThreat() {
        assertEquals(List.of("13"), cameos("حذرت واشنطن يوم الثلاثاء من أنها ستتخذ إجراءات حازمة ضد الحكومة السورية."));
        assertEquals(List.of("13"), cameos("حذر وزير الدفاع الأمريكي يوم الثلاثاء من أننا سنرد على أي هجوم."));
    }

    @Test
    void aWarningOfAStateOrOfAnothersActStaysAWarning() {
        // a future of being announces no act
        assertEquals(List.of("11"), cameos("حذرت واشنطن يوم الثلاثاء من أنها ستكون مضطرة لمراجعة موقفها."));
        // "أنها" after a man's verb is someone else
        assertEquals(List.of("11"), cameos("حذر وزير الدفاع الأمريكي يوم الثلاثاء من أنها ستتخذ إجراءات ضد المدنيين."));
    }
}
