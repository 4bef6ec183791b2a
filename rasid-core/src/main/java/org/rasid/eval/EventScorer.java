package org.rasid.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasid.text.ArabicNormalizer;

/**
 * Scores predicted events against gold events as DESIGN.md ("Evaluation") says.
 *
 * <p>A predicted event may match a gold event when they have the same doc, the same event class
 * (ACLED type, or the CAMEO root for verbal events whose ACLED type is null) and the same
 * admin1, and, where the gold event is placed exactly (geo_precision 1), the same place:
 * location_ar equal after Arabic normalisation (spaces ignored). Predicted events of documents
 * with no gold event are not judged: gold covers part of a corpus. Matching is one-to-one and, within a document,
 * maximises first the number of required gold events matched, then of optional ones, then the
 * agreement of the other attributes.
 *
 * <p>Gold events marked "optional" are debatable: unmatched they are not misses, matched they
 * are not true positives and their predicted partner is not a false positive.
 *
 * <p>Attribute accuracy is measured on all matched pairs: sub-type where the gold has an ACLED
 * type; actor1 and actor2 on every pair (null in gold means "no such actor", so a predicted one
 * is wrong); date and fatalities only where the gold gives them (null there means "not said").
 */
public final class EventScorer {
    public static final List<String> ATTRIBUTES = List.of("sub_type", "actor1", "actor2", "date", "fatalities");
    private static final long REQUIRED = 2000;
    private static final long OPTIONAL = 1000;

    private EventScorer() {
    }

    public static Score score(List<ScoredEvent> gold, List<ScoredEvent> predicted) {
        return score(gold, Set.of(), predicted);
    }

    /**
     * Scores with {@code annotatedDocs} judged too: documents annotated as having no gold event,
     * where every predicted event is a false positive.
     */
    public static Score score(List<ScoredEvent> gold, Set<String> annotatedDocs, List<ScoredEvent> predicted) {
        Map<String, List<ScoredEvent>> goldByDoc = byDoc(gold);
        Map<String, List<ScoredEvent>> predByDoc = byDoc(predicted);
        List<Score.Pair> pairs = new ArrayList<>();
        List<ScoredEvent> misses = new ArrayList<>();
        List<ScoredEvent> falsePositives = new ArrayList<>();
        // Gold covers part of a corpus: events of documents it does not cover are not judged.
        Set<String> docs = new TreeSet<>(goldByDoc.keySet());
        docs.addAll(annotatedDocs);
        int unscored = 0;
        for (Map.Entry<String, List<ScoredEvent>> e : predByDoc.entrySet()) {
            unscored += docs.contains(e.getKey()) ? 0 : e.getValue().size();
        }
        for (String doc : docs) {
            List<ScoredEvent> g = goldByDoc.getOrDefault(doc, List.of());
            List<ScoredEvent> p = predByDoc.getOrDefault(doc, List.of());
            long[][] w = new long[p.size()][g.size()];
            for (int i = 0; i < p.size(); i++) {
                for (int j = 0; j < g.size(); j++) {
                    if (compatible(g.get(j), p.get(i))) {
                        w[i][j] = (g.get(j).optional() ? OPTIONAL : REQUIRED) + agreement(g.get(j), p.get(i));
                    }
                }
            }
            int[] match = MaxWeightMatching.solve(w, p.size(), g.size());
            boolean[] goldMatched = new boolean[g.size()];
            for (int i = 0; i < p.size(); i++) {
                if (match[i] >= 0) {
                    goldMatched[match[i]] = true;
                    pairs.add(new Score.Pair(g.get(match[i]), p.get(i)));
                } else {
                    falsePositives.add(p.get(i));
                }
            }
            for (int j = 0; j < g.size(); j++) {
                if (!goldMatched[j] && !g.get(j).optional()) {
                    misses.add(g.get(j));
                }
            }
        }
        Map<String, Score.Counts> byClass = new TreeMap<>();
        for (Score.Pair pair : pairs) {
            boolean opt = pair.gold().optional();
            add(byClass, pair.gold().eventClass(), new Score.Counts(opt ? 0 : 1, 0, 0, opt ? 1 : 0));
        }
        misses.forEach(m -> add(byClass, m.eventClass(), new Score.Counts(0, 0, 1, 0)));
        falsePositives.forEach(f -> add(byClass, f.eventClass(), new Score.Counts(0, 1, 0, 0)));
        Score.Counts overall = new Score.Counts(0, 0, 0, 0);
        for (Score.Counts c : byClass.values()) {
            overall = overall.plus(c);
        }
        int optional = (int) gold.stream().filter(ScoredEvent::optional).count();
        return new Score(gold.size(), optional, predicted.size() - unscored, unscored, overall, byClass, attributes(pairs), pairs, misses,
                falsePositives);
    }

    static boolean compatible(ScoredEvent gold, ScoredEvent pred) {
        if (!gold.doc().equals(pred.doc()) || !gold.eventClass().equals(pred.eventClass())
                || !Objects.equals(gold.admin1(), pred.admin1())) {
            return false;
        }
        if (gold.geoPrecision() != null && gold.geoPrecision() == 1) {
            return gold.locationAr() != null && pred.locationAr() != null
                    && place(gold.locationAr()).equals(place(pred.locationAr()));
        }
        return true;
    }

    /** Place names compare without spaces: reporters write جسرالشغور as often as جسر الشغور. */
    private static String place(String s) {
        return ArabicNormalizer.normalizeTerm(s).replace(" ", "");
    }

    private static int agreement(ScoredEvent g, ScoredEvent p) {
        int n = 0;
        for (String a : ATTRIBUTES) {
            Boolean ok = agrees(a, g, p);
            if (ok != null && ok) {
                n++;
            }
        }
        return n;
    }

    /** Whether attribute {@code a} agrees, or null when it is not compared for this pair. */
    static Boolean agrees(String a, ScoredEvent g, ScoredEvent p) {
        return switch (a) {
            case "sub_type" -> g.acledType() == null ? null : Objects.equals(g.acledSubType(), p.acledSubType());
            case "actor1" -> Objects.equals(g.actor1(), p.actor1());
            case "actor2" -> Objects.equals(g.actor2(), p.actor2());
            case "date" -> g.eventDate() == null ? null : Objects.equals(g.eventDate(), p.eventDate());
            case "fatalities" -> g.fatalities() == null ? null : Objects.equals(g.fatalities(), p.fatalities());
            default -> throw new IllegalArgumentException(a);
        };
    }

    private static Map<String, Score.Accuracy> attributes(List<Score.Pair> pairs) {
        Map<String, Score.Accuracy> out = new LinkedHashMap<>();
        for (String a : ATTRIBUTES) {
            int correct = 0;
            int compared = 0;
            for (Score.Pair pair : pairs) {
                Boolean ok = agrees(a, pair.gold(), pair.predicted());
                if (ok != null) {
                    compared++;
                    correct += ok ? 1 : 0;
                }
            }
            out.put(a, new Score.Accuracy(correct, compared));
        }
        return out;
    }

    private static void add(Map<String, Score.Counts> m, String k, Score.Counts c) {
        m.merge(k, c, Score.Counts::plus);
    }

    private static Map<String, List<ScoredEvent>> byDoc(List<ScoredEvent> events) {
        Map<String, List<ScoredEvent>> m = new LinkedHashMap<>();
        for (ScoredEvent e : events) {
            m.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
        }
        return m;
    }
}
