package org.rasid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private static Event event() {
        Evidence ev = new Evidence("قصفت قوات النظام بلدة كفرنبل.", 0, 29,
                List.of(new Evidence.Part("trigger", 0, 4, "قصفت")));
        return new Event("abc", "d1", 0, "Explosions/Remote violence", "Shelling/artillery/missile attack", "19", 4,
                "SYR_GOV", null, List.of(), List.of(), "كفرنبل", "gn:1", "SY-ID", null, 35.6, 36.5, 1, "2018-07-02", 2,
                null, null, null, null, null, List.of("OUT_SMART"), ev, 0.8,
                List.of(new Source("d1", 0, "سمارت", "2018-07-02", null)), List.of(), List.of(), List.of());
    }

    @Test
    void eventFieldsInDesignOrderWithNullsKept() {
        ObjectNode n = RecordJson.tree(event());
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertEquals(List.of("id", "doc", "story", "acled_type", "acled_sub_type", "cameo"), names.subList(0, 6));
        assertEquals("merge_reasons", names.get(names.size() - 1));
        assertTrue(n.get("actor2").isNull());
        assertEquals("قصفت", n.get("evidence").get("spans").get(0).get("text").asText());
    }

    @Test
    void aLineReadsBackToTheSameRecord() throws JsonProcessingException {
        String line = RecordJson.line(event());
        assertEquals(event(), RecordJson.mapper().readValue(line, Event.class));
        assertTrue(line.indexOf('\n') < 0);
    }

    @Test
    void trailingGarbageIsNotJsonButUnknownFieldsAreFine() throws JsonProcessingException {
        assertThrows(JsonProcessingException.class,
                () -> RecordJson.mapper().readTree("{\"text\":\"نص\"}garbage"));
        Source s = RecordJson.mapper().readValue("{\"doc\":\"d\",\"story\":1,\"later\":true}", Source.class);
        assertEquals("d", s.doc());
    }
}
