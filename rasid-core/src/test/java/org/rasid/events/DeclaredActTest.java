package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class DeclaredActTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** "cameo actor1>actor2" of the verbal events of a text. */
    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1() + ">" + e.actor2())
                .toList();
    }

    @Test
    void aBlameTheSpeakerDeclaresInThePresentIsMade() {
        // ant-sk-middleeast-2853-20180712: undated, the imperfect تحمل is the army's own act, told as it says it
        assertEquals(List.of("11 ISR>SYR_GOV"), verbal("وقال الجيش الإسرائيلي، في البيان، إن \"قوات الدفاع "
                + "الإسرائيلي تحمل النظام السوري المسؤولية عن الأفعال التي تجري على أراضيه\"."));
    }

    @Test
    void aStanceOfAnotherPartyToldByASpeakerIsNoAct() {
        // the speaker relates what Turkey holds: no act of Turkey made here
        assertEquals(List.of(), verbal("وقال المحلل إن تركيا تتهم الوحدات الكردية بالارتباط بحزب العمال."));
    }
}
