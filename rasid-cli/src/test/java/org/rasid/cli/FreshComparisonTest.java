package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.confidence.CrossValidation;
import org.rasid.confidence.LabelledEvent;

class FreshComparisonTest {
    @Test
    void onlyTheUnstudiedEventsJudgeTheModels() {
        // the studied article's events favour the shipped model; the unstudied one's the chosen one
        Map<String, Double> studied = Map.of("studied", 1.0);
        List<LabelledEvent> events = List.of(new LabelledEvent("0:old", List.of(studied), true, true),
                new LabelledEvent("0:old", List.of(studied), true, true),
                new LabelledEvent("0:new", List.of(Map.of()), false, false),
                new LabelledEvent("0:new", List.of(Map.of()), true, true));
        CrossValidation cv = new CrossValidation(events, 2, 1, 1);
        double[] shipped = {0.95, 0.95, 0.8, 0.5};
        double[] chosen = {0.2, 0.2, 0.3, 0.6};
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(List.of(), FreshComparison.print(err, "shipped", cv, List.of("ant"), shipped, chosen,
                e -> !e.reports().get(0).containsKey("studied")));
        assertEquals(List.of("ant"), FreshComparison.print(err, "shipped", cv, List.of("ant"), shipped, chosen,
                e -> true), "all events judged, the studied ones make the chosen model worse");
    }
}
