package org.rasid.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.lexicon.DataFile;

class ConfidenceModelTest {
    private static List<DataFile.Row> rows(String... lines) {
        List<String> cols = List.of("feature", "weight");
        List<DataFile.Row> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new DataFile.Row("confidence.tsv", i + 2, cols, lines[i].split("\t")));
        }
        return out;
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedSum() {
        ConfidenceModel m = ConfidenceModel.read(rows("bias\t-1", "actor1\t2", "rule_score\t1"));
        assertEquals(1 / (1 + Math.exp(-(-1 + 2 + 0.5))), m.probability(Map.of("actor1", 1.0, "rule_score", 0.5)),
                1e-12);
        assertEquals(1 / (1 + Math.exp(1)), m.probability(Map.of("unknown_feature", 5.0)), 1e-12,
                "a feature the file does not name weighs nothing");
    }

    @Test
    void writtenThenReadItIsTheSameModel() {
        ConfidenceModel m = new ConfidenceModel(Map.of("bias", -0.25, "family=violence", 0.5), 0.35);
        StringWriter w = new StringWriter();
        m.write(w, List.of("fitted on nothing"));
        String[] lines = w.toString().split("\n");
        assertEquals("#feature\tweight", lines[0]);
        assertEquals("# fitted on nothing", lines[1]);
        assertEquals("min_confidence\t0.35", lines[2]);
        ConfidenceModel back = ConfidenceModel.read(rows(lines[2], lines[3], lines[4]));
        assertEquals(0.5, back.weight("family=violence"));
        assertEquals(-0.25, back.weight("bias"));
        assertEquals(0.35, back.threshold());
        assertEquals(0.0, back.weight("min_confidence"), "the threshold is no feature");
    }

    @Test
    void aFileWithoutThresholdKeepsEveryEvent() {
        assertEquals(0.0, ConfidenceModel.read(rows("bias\t1")).threshold());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceModel.read(rows("min_confidence\t1.5")));
    }

    @Test
    void badRowsNameTheirLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> ConfidenceModel.read(rows("bias\thigh")));
        assertTrue(e.getMessage().contains("confidence.tsv:2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceModel.read(rows("bias\t1", "bias\t2")));
    }

    @Test
    void theShippedModelWeighsWhatTheCoderFound() {
        // fitted on the features cross-validation chose (scripts/eval/calibrate.sh): an event placed precisely in
        // its own sentence is scored differently from one that found nothing, so --min-confidence and
        // EventMerger's choice of a representative report rest on more than one number
        ConfidenceModel m = ConfidenceModel.standard();
        Map<String, Double> bare = Map.of("rule_score", 0.5);
        Map<String, Double> argued = Map.of("rule_score", 0.5, "actor1_in_sentence", 1.0, "actor2_in_sentence", 1.0,
                "place_in_sentence", 1.0, "date_in_sentence", 1.0, "geo_precision=1", 1.0);
        assertTrue(m.probability(bare) != m.probability(argued), "the shipped model weighs only the rule score");
        assertTrue(m.probability(bare) > 0 && m.probability(bare) < 1);
    }

    @Test
    void aModelWithoutItsNuisanceScoresAtTheLevelOfTheRest() {
        ConfidenceModel m = new ConfidenceModel(Map.of("bias", 0.0, "studied", 2.0, "actor1", 1.0), 0.4);
        ConfidenceModel fresh = m.without("studied");
        assertEquals(0.0, fresh.weight("studied"));
        assertEquals(1.0, fresh.weight("actor1"));
        assertEquals(0.4, fresh.threshold());
        assertEquals(0.5, fresh.probability(Map.of("studied", 1.0)), 1e-12, "the nuisance moves no prediction");
        assertTrue(m.probability(Map.of("studied", 1.0)) > 0.8);
    }
}
