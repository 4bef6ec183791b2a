package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.confidence.CrossValidation;
import org.rasid.confidence.LabelledEvent;

class BySetReportTest {
    @Test
    void aModelBetterOnThePoolButWorseOnOneSetIsNamed() {
        // set 0: four events, two right; set 1: two events, both right
        List<LabelledEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(new LabelledEvent("0:a" + i, List.of(Map.of()), i < 2, i < 2));
        }
        events.add(new LabelledEvent("1:b", List.of(Map.of()), true, true));
        events.add(new LabelledEvent("1:c", List.of(Map.of()), true, true));
        CrossValidation cv = new CrossValidation(events, 2, 7, 1);
        // shipped: 0.5 everywhere; chosen: sharp on set 0, doubtful on set 1
        BySetReport.Candidate shipped = new BySetReport.Candidate(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, 0.4);
        BySetReport.Candidate chosen = new BySetReport.Candidate(new double[] {0.9, 0.9, 0.1, 0.1, 0.45, 0.45}, 0.4);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        List<String> worse = BySetReport.print(new PrintStream(text, true, StandardCharsets.UTF_8), "shipped", cv, events,
                Map.of("0", 2, "1", 2), List.of("ant", "snn"), shipped, chosen);
        assertTrue(cv.brier(chosen.predictions()) < cv.brier(shipped.predictions()), "pooled, the chosen is better");
        assertEquals(List.of("snn"), worse, text.toString(StandardCharsets.UTF_8));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("WORSE"));
    }
}
