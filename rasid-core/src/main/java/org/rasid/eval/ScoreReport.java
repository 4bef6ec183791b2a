package org.rasid.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/** A {@link Score} as a text table for people or as JSON for scripts. */
public final class ScoreReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreReport() {
    }

    public static String text(Score s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT,
                "gold events: %d (%d optional), predicted events: %d (+%d in documents without gold, not judged)%n%n",
                s.gold(), s.goldOptional(), s.predicted(), s.unscored()));
        b.append(String.format(Locale.ROOT, "%-36s %4s %4s %4s %4s %9s %7s %6s%n", "class", "TP", "FP", "FN", "opt",
                "precision", "recall", "F1"));
        row(b, "overall", s.overall());
        for (Map.Entry<String, Score.Counts> e : s.byClass().entrySet()) {
            row(b, "  " + e.getKey(), e.getValue());
        }
        b.append(String.format(Locale.ROOT, "%naccuracy on %d matched pairs:%n", s.pairs().size()));
        for (Map.Entry<String, Score.Accuracy> e : s.attributes().entrySet()) {
            Score.Accuracy a = e.getValue();
            b.append(String.format(Locale.ROOT, "  %-12s %3d/%-3d %6s%n", e.getKey(), a.correct(), a.compared(),
                    a.compared() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", a.value())));
        }
        if (!s.misses().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nmissed gold events:%n"));
            s.misses().forEach(m -> b.append(String.format(Locale.ROOT, "  gold line %d: %s %s %s %s%n", m.line(),
                    m.doc(), m.eventClass(), m.admin1(), m.locationAr())));
        }
        if (!s.falsePositives().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nfalse positives:%n"));
            s.falsePositives().forEach(m -> b.append(String.format(Locale.ROOT, "  predicted line %d: %s %s %s %s%n",
                    m.line(), m.doc(), m.eventClass(), m.admin1(), m.locationAr())));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Score.Counts c) {
        b.append(String.format(Locale.ROOT, "%-36s %4d %4d %4d %4d %9.3f %7.3f %6.3f%n", name, c.tp(), c.fp(), c.fn(),
                c.optionalMatched(), c.precision(), c.recall(), c.f1()));
    }

    public static ObjectNode json(Score s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("gold", s.gold());
        n.put("gold_optional", s.goldOptional());
        n.put("predicted", s.predicted());
        n.put("unscored", s.unscored());
        n.set("overall", counts(s.overall()));
        ObjectNode classes = n.putObject("by_class");
        s.byClass().forEach((k, v) -> classes.set(k, counts(v)));
        ObjectNode attrs = n.putObject("attributes");
        s.attributes().forEach((k, a) -> {
            ObjectNode o = attrs.putObject(k);
            o.put("correct", a.correct());
            o.put("compared", a.compared());
            o.put("accuracy", a.value());
        });
        ArrayNode pairs = n.putArray("pairs");
        s.pairs().forEach(p -> {
            ObjectNode o = pairs.addObject();
            o.put("doc", p.gold().doc());
            o.put("class", p.gold().eventClass());
            o.put("gold_line", p.gold().line());
            o.put("predicted_line", p.predicted().line());
            o.put("optional", p.gold().optional());
        });
        ArrayNode misses = n.putArray("missed_gold_lines");
        s.misses().forEach(m -> misses.add(m.line()));
        ArrayNode fps = n.putArray("false_positive_lines");
        s.falsePositives().forEach(m -> fps.add(m.line()));
        return n;
    }

    private static ObjectNode counts(Score.Counts c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("tp", c.tp());
        o.put("fp", c.fp());
        o.put("fn", c.fn());
        o.put("optional_matched", c.optionalMatched());
        o.put("precision", c.precision());
        o.put("recall", c.recall());
        o.put("f1", c.f1());
        return o;
    }
}
