package org.rasid.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An error analysis of a {@link Score} in one text: what the field errors on matched pairs are
 * (gold value to predicted value, most frequent first), which unmatched gold and predicted
 * events of one document look like class or place confusions, and every missed, false and
 * partly wrong event with its evidence sentence, so a person can read why.
 */
public final class ErrorReport {
    private static final int EVIDENCE_CHARS = 240;

    private ErrorReport() {
    }

    public static String text(Score s) {
        StringBuilder b = new StringBuilder();
        b.append("== field confusion on matched pairs (gold -> predicted, disagreements only) ==\n");
        for (String a : EventScorer.ATTRIBUTES) {
            Map<String, Integer> confusion = new TreeMap<>();
            for (Score.Pair p : s.pairs()) {
                Boolean ok = EventScorer.agrees(a, p.gold(), p.predicted());
                if (ok != null && !ok) {
                    confusion.merge(value(a, p.gold()) + " -> " + value(a, p.predicted()), 1, Integer::sum);
                }
            }
            b.append(a).append(confusion.isEmpty() ? ": none\n" : ":\n");
            counted(b, confusion);
        }
        b.append("\n== unmatched events of one document: class and place confusions ==\n");
        Map<String, Integer> classes = new TreeMap<>();
        Map<String, Integer> places = new TreeMap<>();
        for (ScoredEvent m : s.misses()) {
            for (ScoredEvent f : s.falsePositives()) {
                if (!m.doc().equals(f.doc())) {
                    continue;
                }
                if (!m.eventClass().equals(f.eventClass()) && Objects.equals(m.admin1(), f.admin1())) {
                    classes.merge(m.eventClass() + " -> " + f.eventClass(), 1, Integer::sum);
                }
                if (m.eventClass().equals(f.eventClass())) {
                    places.merge(place(m) + " -> " + place(f), 1, Integer::sum);
                }
            }
        }
        b.append("class (same document and admin1):").append(classes.isEmpty() ? " none\n" : "\n");
        counted(b, classes);
        b.append("place (same document and class):").append(places.isEmpty() ? " none\n" : "\n");
        counted(b, places);
        events(b, "missed gold events", s.misses(), "gold");
        events(b, "false positives", s.falsePositives(), "predicted");
        b.append(String.format(Locale.ROOT, "%n== matched pairs with a wrong field ==%n"));
        for (Score.Pair p : s.pairs()) {
            List<String> wrong = new ArrayList<>();
            for (String a : EventScorer.ATTRIBUTES) {
                Boolean ok = EventScorer.agrees(a, p.gold(), p.predicted());
                if (ok != null && !ok) {
                    wrong.add(a + " " + value(a, p.gold()) + " -> " + value(a, p.predicted()));
                }
            }
            if (!wrong.isEmpty()) {
                b.append(String.format(Locale.ROOT, "- %s gold line %d / predicted line %d, %s at %s: %s%n", p.gold().doc(),
                        p.gold().line(), p.predicted().line(), p.gold().eventClass(), place(p.gold()),
                        String.join("; ", wrong)));
                evidence(b, "gold", p.gold());
                evidence(b, "predicted", p.predicted());
            }
        }
        return b.toString();
    }

    private static void events(StringBuilder b, String title, List<ScoredEvent> events, String side) {
        b.append(String.format(Locale.ROOT, "%n== %s (%d) ==%n", title, events.size()));
        for (ScoredEvent e : events) {
            b.append(String.format(Locale.ROOT, "- %s %s line %d: %s / %s at %s, %s -> %s, date %s, fatalities %s%n",
                    e.doc(), side, e.line(), e.eventClass(), e.acledSubType() == null ? "-" : e.acledSubType(),
                    place(e), e.actor1(), e.actor2(), e.eventDate(), e.fatalities()));
            evidence(b, side, e);
        }
    }

    private static void evidence(StringBuilder b, String side, ScoredEvent e) {
        if (e.evidence() != null) {
            String t = e.evidence().replaceAll("\\s+", " ").strip();
            if (t.length() > EVIDENCE_CHARS) {
                t = t.substring(0, EVIDENCE_CHARS) + "…";
            }
            b.append("    ").append(side).append(": ").append(t).append('\n');
        }
    }

    private static void counted(StringBuilder b, Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        for (Map.Entry<String, Integer> r : rows) {
            b.append(String.format(Locale.ROOT, "  %4d  %s%n", r.getValue(), r.getKey()));
        }
    }

    private static String place(ScoredEvent e) {
        return e.admin1() + "/" + e.locationAr() + (e.geoPrecision() == null ? "" : "(" + e.geoPrecision() + ")");
    }

    private static String value(String attribute, ScoredEvent e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sub_type", e.acledSubType());
        v.put("actor1", e.actor1());
        v.put("actor2", e.actor2());
        v.put("date", e.eventDate());
        v.put("fatalities", e.fatalities());
        return String.valueOf(v.get(attribute));
    }
}
